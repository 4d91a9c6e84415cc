namespace Gantry.Interchange.Xer;

/// <summary>
/// Shares the string objects of short values that repeat on almost every row (flags, zeros,
/// codes such as <c>TT_Task</c>), which keeps a 350,000-activity file's memory in check.
/// </summary>
internal sealed class XerValuePool
{
    private const int MaxPooledLength = 24;
    private const int MaxPooledValues = 16384;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public XerValuePool()
    {
        _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(ReadOnlySpan<char> value)
    {
        if (value.Length == 0)
        {
            return string.Empty;
        }

        if (value.Length > MaxPooledLength)
        {
            return value.ToString();
        }

        if (_lookup.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        string text = value.ToString();
        if (_values.Count < MaxPooledValues)
        {
            _values.Add(text, text);
        }

        return text;
    }
}
