namespace Gantry.Interchange.Xer;

/// <summary>
/// One <c>%R</c> record. The row keeps its line once, with where each value starts, rather than a
/// string per value: a 350,000-activity file has thirty million values, and as separate strings
/// they cost the garbage collector more than the reading. A row may carry fewer values than its
/// table has fields (P6 drops trailing empty values); the missing ones read as empty.
/// </summary>
public sealed class XerRow
{
    private readonly string _line;

    // Start of each value in the line, plus one entry past the last value's closing tab, so value i
    // is the text from _starts[i] up to _starts[i + 1] - 1.
    private readonly int[] _starts;

    internal XerRow(XerTable table, string line, int[] starts, long lineNumber)
    {
        Table = table;
        _line = line;
        _starts = starts;
        LineNumber = lineNumber;
    }

    public XerTable Table { get; }

    /// <summary>One-based line of the record in the file.</summary>
    public long LineNumber { get; }

    /// <summary>How many values the row carried in the file (possibly fewer than the fields).</summary>
    public int Count => _starts.Length - 1;

    /// <summary>The values as they were in the file, as new strings.</summary>
    public IReadOnlyList<string> Values => [.. Enumerable.Range(0, Count).Select(i => this[i])];

    /// <summary>The value of a field by position; empty when the row is shorter.</summary>
    public string this[int index] => index >= 0 && index < Count ? new string(Span(index)) : string.Empty;

    /// <summary>The value of a field by name; empty when the table or the row lacks it.</summary>
    public string this[string field] => this[Table.IndexOf(field)];

    /// <summary>The value's text without allocating; empty when the row is shorter.</summary>
    public ReadOnlySpan<char> Span(int index) =>
        index >= 0 && index < Count ? _line.AsSpan(_starts[index], _starts[index + 1] - 1 - _starts[index]) : [];

    /// <summary>How errors name this record: table name and first value (the table's key).</summary>
    public string Describe() => Count > 0 && !Span(0).IsEmpty ? Table.Name + " " + this[0] : Table.Name;
}
