namespace Gantry.Interchange.Pmxml;

/// <summary>
/// An XER table and the P6 XML element its rows come from, column by column. The same list turns
/// an element into a row and, when the P6 mapper rejects a row, names the XML element again.
/// </summary>
internal sealed class PmxmlTableSpec
{
    private readonly Dictionary<string, string> _elementOf;

    public PmxmlTableSpec(string table, string element, params PmxmlColumn[] columns)
    {
        Table = table;
        Element = element;
        Columns = columns;
        _elementOf = columns.ToDictionary(c => c.XerField, c => c.Element, StringComparer.Ordinal);
    }

    public string Table { get; }

    public string Element { get; }

    public IReadOnlyList<PmxmlColumn> Columns { get; }

    public string[] Fields => [.. Columns.Select(c => c.XerField)];

    /// <summary>The P6 XML element behind an XER field, or the field itself when none is.</summary>
    public string ElementOf(string xerField) => _elementOf.GetValueOrDefault(xerField, xerField);
}
