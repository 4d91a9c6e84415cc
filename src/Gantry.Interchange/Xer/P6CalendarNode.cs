namespace Gantry.Interchange.Xer;

/// <summary>
/// One node of P6's nested calendar text <c>(0||Name(key|value|key|value)(children))</c>.
/// </summary>
internal sealed class P6CalendarNode(string name, IReadOnlyList<KeyValuePair<string, string>> attributes)
{
    public string Name { get; } = name;

    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; } = attributes;

    public List<P6CalendarNode> Children { get; } = [];

    public string? Attribute(string key)
    {
        foreach (var pair in Attributes)
        {
            if (string.Equals(pair.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value;
            }
        }

        return null;
    }

    public P6CalendarNode? Child(string name) =>
        Children.Find(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
