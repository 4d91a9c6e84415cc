using System.Globalization;

namespace Gantry.Interchange.Xer;

/// <summary>
/// Gives each record of one XER table its numeric key. A key that is already a positive whole
/// number (a P6 id, an MS Project UID) is kept, so tables carried through unchanged still point at
/// the right rows; any other key (an Excel activity code) gets the next free number.
/// </summary>
internal sealed class XerIdMap
{
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly HashSet<long> _used = [];
    private readonly List<string> _pending = [];
    private long _next = 1;

    /// <summary>Registers every key first, so generated numbers never collide with kept ones.</summary>
    public void Reserve(string key)
    {
        if (_ids.ContainsKey(key))
        {
            return;
        }

        if (long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out long id) && id > 0 && _used.Add(id))
        {
            _ids[key] = id;
            _next = Math.Max(_next, id + 1);
        }
        else
        {
            _ids[key] = 0;
            _pending.Add(key);
        }
    }

    /// <summary>Numbers the keys that could not keep their own; call once after every <see cref="Reserve"/>.</summary>
    public void Complete()
    {
        foreach (var key in _pending)
        {
            _ids[key] = Fresh();
        }

        _pending.Clear();
    }

    /// <summary>A number no key of this table uses.</summary>
    public long Fresh()
    {
        while (!_used.Add(_next))
        {
            _next++;
        }

        return _next++;
    }

    public long this[string key] => _ids[key];

    public bool Contains(string key) => _ids.ContainsKey(key);

    /// <summary>The key as XER text; made once per record, as links and assignments repeat it.</summary>
    public string Text(string key)
    {
        if (!_texts.TryGetValue(key, out var text))
        {
            text = this[key].ToString(CultureInfo.InvariantCulture);
            _texts[key] = text;
        }

        return text;
    }
}
