namespace Gantry.Interchange.Xer;

/// <summary>
/// One <c>%T</c> table of an XER file: its field names in file order and its rows. Every table is
/// kept, known or not, so that a writer can give back what it was given.
/// </summary>
public sealed class XerTable
{
    private readonly Dictionary<string, int> _fieldIndex;
    private readonly List<XerRow> _rows = [];

    internal XerTable(string name, string[] fields, long lineNumber)
    {
        Name = name;
        Fields = fields;
        LineNumber = lineNumber;
        _fieldIndex = new Dictionary<string, int>(fields.Length, StringComparer.Ordinal);
        for (int i = 0; i < fields.Length; i++)
        {
            // A duplicated field name keeps its first position, as P6 itself reads the first.
            _fieldIndex.TryAdd(fields[i], i);
        }
    }

    public string Name { get; }

    public IReadOnlyList<string> Fields { get; }

    /// <summary>Line of the <c>%T</c> record.</summary>
    public long LineNumber { get; }

    public IReadOnlyList<XerRow> Rows => _rows;

    /// <summary>Position of a field, or -1 when this table does not have it.</summary>
    public int IndexOf(string field) => _fieldIndex.TryGetValue(field, out int index) ? index : -1;

    public bool HasField(string field) => _fieldIndex.ContainsKey(field);

    internal void Add(XerRow row) => _rows.Add(row);
}
