namespace Gantry.Interchange.Xer;

/// <summary>
/// The raw content of an XER file: the <c>ERMHDR</c> header values and every table in file order.
/// Typed access is <see cref="XerSchedule"/>; this layer keeps everything, unknown tables included.
/// </summary>
public sealed class XerDocument
{
    private readonly List<XerTable> _tables;
    private readonly Dictionary<string, XerTable> _byName;

    internal XerDocument(string source, IReadOnlyList<string> header, List<XerTable> tables)
    {
        Source = source;
        Header = header;
        _tables = tables;
        _byName = new Dictionary<string, XerTable>(tables.Count, StringComparer.Ordinal);
        foreach (var table in tables)
        {
            _byName.TryAdd(table.Name, table);
        }
    }

    /// <summary>The file name or stream name, used in error messages.</summary>
    public string Source { get; }

    /// <summary>Values after <c>ERMHDR</c>: version, export date, user, database, currency…</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The P6 version that wrote the file (first header value).</summary>
    public string Version => Header.Count > 0 ? Header[0] : string.Empty;

    public IReadOnlyList<XerTable> Tables => _tables;

    /// <summary>The table with this name, or null when the file has none.</summary>
    public XerTable? Table(string name) => _byName.GetValueOrDefault(name);
}
