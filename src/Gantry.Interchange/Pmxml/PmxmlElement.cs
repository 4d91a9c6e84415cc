namespace Gantry.Interchange.Pmxml;

/// <summary>
/// One P6 XML business object (an Activity, a Calendar, a WBS …) as read: its leaf fields by
/// element name and its nested objects (Code, UDF, StandardWorkHours …) in file order. A record is
/// small, so it is read whole; the file around it is streamed.
/// </summary>
internal sealed class PmxmlElement
{
    private Dictionary<string, PmxmlElement>? _byName;
    private List<PmxmlElement>? _children;

    public PmxmlElement(string name, long line)
    {
        Name = name;
        Line = line;
    }

    public string Name { get; }

    /// <summary>One-based line of the start tag.</summary>
    public long Line { get; }

    /// <summary>The element's text as written (names keep their spaces); null when empty or <c>xsi:nil</c>.</summary>
    public string? Text { get; set; }

    public IReadOnlyList<PmxmlElement> Children => _children ?? (IReadOnlyList<PmxmlElement>)[];

    public void Add(PmxmlElement child)
    {
        _children ??= [];
        _children.Add(child);

        // The first of several same-named children answers Field(); the rest are reached through Children.
        _byName ??= new Dictionary<string, PmxmlElement>(StringComparer.Ordinal);
        _byName.TryAdd(child.Name, child);
    }

    /// <summary>The child element of that name, or null.</summary>
    public PmxmlElement? Field(string name) => _byName?.GetValueOrDefault(name);

    /// <summary>The text of the child of that name, or null when missing, empty or nil.</summary>
    public string? Value(string name) => Field(name)?.Text;

    public IEnumerable<PmxmlElement> All(string name) => Children.Where(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    /// <summary>How errors name the record: element name and ObjectId, e.g. <c>Activity 4711</c>.</summary>
    public string Describe() => Value("ObjectId") is { } id ? Name + " " + id : Name;
}
