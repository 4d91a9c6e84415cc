using System.Text;

namespace Gantry.Interchange.Xer;

/// <summary>
/// Reads an XER file line by line: <c>ERMHDR</c> first, then <c>%T</c> table, <c>%F</c> fields,
/// <c>%R</c> rows, and <c>%E</c> at the end. Each line is split into its values as it is read, so
/// the file's text is never held in memory as a whole next to its parsed values.
/// </summary>
public static class XerReader
{
    /// <summary>Reads an XER file from disk, detecting its encoding.</summary>
    public static XerDocument ReadFile(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InterchangeException(InterchangeText.Format("CannotOpen", ex.Message), path, null, null, null, ex);
        }

        using (stream)
        {
            return Read(stream, Path.GetFileName(path));
        }
    }

    /// <summary>Reads an XER file from a stream, detecting its encoding (UTF-8 or Windows-1252).</summary>
    public static XerDocument Read(Stream stream, string source)
    {
        Stream seekable = stream;
        MemoryStream? copy = null;
        if (!stream.CanSeek)
        {
            copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            seekable = copy;
        }

        try
        {
            Encoding encoding = XerTextDecoding.Detect(seekable);
            using var reader = new StreamReader(seekable, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
            return Read(reader, source);
        }
        finally
        {
            copy?.Dispose();
        }
    }

    /// <summary>Reads XER text that is already decoded.</summary>
    public static XerDocument Read(TextReader reader, string source)
    {
        var tables = new List<XerTable>();
        var byName = new Dictionary<string, XerTable>(StringComparer.Ordinal);
        var pool = new XerValuePool();
        string[]? header = null;
        string? pendingTableName = null;
        long pendingTableLine = 0;
        XerTable? current = null;
        bool ended = false;
        long lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue; // blank lines, also after %E, carry nothing
            }

            if (header == null)
            {
                if (!line.StartsWith("ERMHDR", StringComparison.Ordinal))
                {
                    throw new InterchangeException(InterchangeText.Get("XerNoHeader"), source, lineNumber, null, null);
                }

                header = Split(line, "ERMHDR".Length, pool);
                continue;
            }

            if (ended)
            {
                throw new InterchangeException(InterchangeText.Get("XerTextAfterEnd"), source, lineNumber, null, null);
            }

            if (line.StartsWith("%R", StringComparison.Ordinal))
            {
                if (current == null)
                {
                    throw new InterchangeException(InterchangeText.Get("XerRowBeforeTable"), source, lineNumber, pendingTableName, null);
                }

                int[] starts = ValueStarts(line);
                if (starts.Length - 1 > current.Fields.Count)
                {
                    starts = TrimSurplus(line, starts, current, source, lineNumber);
                }

                current.Add(new XerRow(current, line, starts, lineNumber));
            }
            else if (line.StartsWith("%T", StringComparison.Ordinal))
            {
                pendingTableName = Split(line, 2, pool) is [var name, ..] && name.Length > 0
                    ? name
                    : throw new InterchangeException(InterchangeText.Get("XerTableWithoutName"), source, lineNumber, null, null);
                pendingTableLine = lineNumber;
                current = null;
            }
            else if (line.StartsWith("%F", StringComparison.Ordinal))
            {
                if (pendingTableName == null)
                {
                    throw new InterchangeException(InterchangeText.Get("XerFieldsBeforeTable"), source, lineNumber, null, null);
                }

                string[] fields = Split(line, 2, pool);
                current = OpenTable(pendingTableName, fields, pendingTableLine, tables, byName, source, lineNumber);
                pendingTableName = null;
            }
            else if (line.StartsWith("%E", StringComparison.Ordinal))
            {
                ended = true;
            }
            else
            {
                throw new InterchangeException(InterchangeText.Get("XerUnexpectedLine"), source, lineNumber, current?.Name, null);
            }
        }

        if (header == null)
        {
            throw new InterchangeException(InterchangeText.Get("XerEmpty"), source, null, null, null);
        }

        if (!ended)
        {
            throw new InterchangeException(InterchangeText.Get("XerTruncated"), source, lineNumber, current?.Name, null);
        }

        return new XerDocument(source, header, tables);
    }

    private static XerTable OpenTable(string name, string[] fields, long tableLine, List<XerTable> tables, Dictionary<string, XerTable> byName, string source, long lineNumber)
    {
        if (byName.TryGetValue(name, out var existing))
        {
            // Files glued together from several exports repeat a table; its rows belong together.
            if (existing.Fields.SequenceEqual(fields, StringComparer.Ordinal))
            {
                return existing;
            }

            throw new InterchangeException(InterchangeText.Format("XerTableRepeated", name), source, lineNumber, name, null);
        }

        var table = new XerTable(name, fields, tableLine);
        tables.Add(table);
        byName.Add(name, table);
        return table;
    }

    private static int[] TrimSurplus(string line, int[] starts, XerTable table, string source, long lineNumber)
    {
        // Some exporters end rows with a tab too many; only empty surplus values are harmless.
        int fields = table.Fields.Count;
        int count = starts.Length - 1;
        for (int i = fields; i < count; i++)
        {
            if (starts[i + 1] - 1 > starts[i])
            {
                string key = count > 0 ? line.Substring(starts[0], starts[1] - 1 - starts[0]) : string.Empty;
                throw new InterchangeException(
                    InterchangeText.Format("XerRowWidth", count, fields),
                    source, lineNumber, table.Name + (key.Length > 0 ? " " + key : string.Empty), null);
            }
        }

        return starts[..(fields + 1)];
    }

    /// <summary>
    /// Where each value of a <c>%R</c> line starts (after <c>%R</c> and its tab), plus one entry
    /// just past the end of the line, so that value i ends one before the next start.
    /// </summary>
    private static int[] ValueStarts(string line)
    {
        int first = line.Length > 2 && line[2] == '\t' ? 3 : 2;
        if (first >= line.Length && first == 2)
        {
            return [line.Length + 1];
        }

        ReadOnlySpan<char> rest = line.AsSpan(first);
        var starts = new int[rest.Count('\t') + 2];
        starts[0] = first;
        int n = 1;
        for (int i = first; i < line.Length; i++)
        {
            if (line[i] == '\t')
            {
                starts[n++] = i + 1;
            }
        }

        starts[n] = line.Length + 1;
        return starts;
    }

    /// <summary>Splits the tab-separated values after the marker of a header, %T or %F line.</summary>
    private static string[] Split(string line, int markerLength, XerValuePool pool)
    {
        ReadOnlySpan<char> rest = line.AsSpan(markerLength);
        if (rest.IsEmpty)
        {
            return [];
        }

        if (rest[0] == '\t')
        {
            rest = rest[1..];
        }

        int count = rest.Count('\t') + 1;
        var values = new string[count];
        for (int i = 0; i < count; i++)
        {
            int tab = rest.IndexOf('\t');
            ReadOnlySpan<char> value = tab < 0 ? rest : rest[..tab];
            values[i] = pool.Get(value);
            rest = tab < 0 ? [] : rest[(tab + 1)..];
        }

        return values;
    }
}
