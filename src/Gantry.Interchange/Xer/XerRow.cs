namespace Gantry.Interchange.Xer;

/// <summary>
/// One <c>%R</c> record. A row may carry fewer values than its table has fields (P6 drops trailing
/// empty values); the missing ones read as empty text, the stored values stay as they were.
/// </summary>
public sealed class XerRow
{
    private readonly string[] _values;

    internal XerRow(XerTable table, string[] values, long lineNumber)
    {
        Table = table;
        _values = values;
        LineNumber = lineNumber;
    }

    public XerTable Table { get; }

    /// <summary>One-based line of the record in the file.</summary>
    public long LineNumber { get; }

    /// <summary>The values as they were in the file (possibly fewer than the fields).</summary>
    public IReadOnlyList<string> Values => _values;

    /// <summary>The value of a field by position; empty when the row is shorter.</summary>
    public string this[int index] => index >= 0 && index < _values.Length ? _values[index] : string.Empty;

    /// <summary>The value of a field by name; empty when the table or the row lacks it.</summary>
    public string this[string field] => this[Table.IndexOf(field)];

    /// <summary>How errors name this record: table name and first value (the table's key).</summary>
    public string Describe() => _values.Length > 0 && _values[0].Length > 0 ? Table.Name + " " + _values[0] : Table.Name;
}
