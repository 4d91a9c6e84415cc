using System.Text;

namespace Gantry.Interchange.Xer;

/// <summary>
/// Writes the <c>%T</c>/<c>%F</c>/<c>%R</c> records of an XER. A row is filled by field name and
/// written in the table's field order. XER has no escaping, so a tab or line break inside a value
/// would split the record: it is written as a space and the change is reported. In Windows-1252
/// a character the code page lacks is an error naming the record and field, never a silent '?'.
/// </summary>
internal sealed class XerTableWriter
{

    private readonly TextWriter _out;
    private readonly bool _windows1252;
    private readonly List<ImportNote> _notes;
    private readonly StringBuilder _line = new(1024);
    private Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private string[] _fields = [];
    private string?[] _values = [];
    private string _table = string.Empty;

    public XerTableWriter(TextWriter output, bool windows1252, List<ImportNote> notes)
    {
        _out = output;
        _windows1252 = windows1252;
        _notes = notes;
    }

    public void Header(IEnumerable<string> values) => WriteLine("ERMHDR\t" + string.Join('\t', values.Select(v => Clean(v, "ERMHDR", "header"))));

    public void Table(string name, string[] fields)
    {
        _table = name;
        _fields = fields;
        _values = new string?[fields.Length];
        _index = new Dictionary<string, int>(fields.Length, StringComparer.Ordinal);
        for (int i = 0; i < fields.Length; i++)
        {
            _index.TryAdd(fields[i], i);
        }

        WriteLine("%T\t" + name);
        WriteLine("%F\t" + string.Join('\t', fields));
    }

    /// <summary>Sets a value of the current row; a field the table does not list is a bug in the writer.</summary>
    public void Set(string field, string? value) => _values[_index[field]] = value;

    /// <summary>Writes the current row and clears it for the next.</summary>
    public void EndRow()
    {
        string key = _values.Length > 0 ? _values[0] ?? string.Empty : string.Empty;
        _line.Clear().Append("%R");
        for (int i = 0; i < _values.Length; i++)
        {
            _line.Append('\t');
            if (_values[i] is { Length: > 0 } value)
            {
                _line.Append(Clean(value, key, _fields[i]));
            }

            _values[i] = null;
        }

        _out.Write(_line);
        _out.Write("\r\n");
    }

    /// <summary>Copies a row of a table carried through from the source XER, value by value.</summary>
    public void CopyRow(XerRow row)
    {
        string key = row.Count > 0 ? row[0] : string.Empty;
        _line.Clear().Append("%R");
        for (int i = 0; i < _fields.Length; i++)
        {
            _line.Append('\t');
            var value = row.Span(i);
            if (!value.IsEmpty)
            {
                _line.Append(Clean(value.ToString(), key, _fields[i]));
            }
        }

        _out.Write(_line);
        _out.Write("\r\n");
    }

    public void End() => WriteLine("%E");

    private void WriteLine(string text)
    {
        _out.Write(text);
        _out.Write("\r\n");
    }

    private string Clean(string value, string key, string field)
    {
        // Fast path: almost every value is plain printable ASCII.
        int odd = value.AsSpan().IndexOfAnyExceptInRange(' ', '~');
        if (odd < 0)
        {
            return value;
        }

        string result = value;
        if (value.AsSpan().IndexOfAny('\t', '\r', '\n') >= 0)
        {
            result = value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
            _notes.Add(new ImportNote(ImportNoteKind.Changed, Record(key), InterchangeText.Format("Note.TabsAndLineBreaks", field)));
        }

        if (_windows1252 && !Windows1252.CanWrite(result))
        {
            throw new InterchangeException(InterchangeText.Format("TextNotWindows1252", Shorten(result)), null, null, Record(key), field) { IsWindows1252Problem = true };
        }

        return result;
    }

    private string Record(string key) => key.Length > 0 ? _table + " " + key : _table;

    private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");
}
