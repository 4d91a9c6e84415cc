namespace Gantry.Interchange;

/// <summary>
/// The one error a reader raises for a file it cannot accept. The message always says where:
/// the source, the line (or XML line) and, when known, the record and the field, so a planner can
/// open the file and fix it.
/// </summary>
public sealed class InterchangeException : Exception
{
    public InterchangeException()
    {
    }

    public InterchangeException(string message)
        : base(message)
    {
    }

    public InterchangeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InterchangeException(string problem, string? source, long? line, string? record, string? field, Exception? innerException = null)
        : base(Describe(problem, source, line, record, field), innerException)
    {
        Problem = problem;
        Source = source;
        Line = line;
        Record = record;
        Field = field;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string? Problem { get; }

    /// <summary>The file or stream name the reader was given.</summary>
    public new string? Source { get; }

    /// <summary>One-based line number in the file, when the format has lines.</summary>
    public long? Line { get; }

    /// <summary>The record: an XER table and key (e.g. <c>TASK 53609</c>) or an MSPDI element (e.g. <c>Task UID 12</c>).</summary>
    public string? Record { get; }

    /// <summary>The field or element name that holds the bad value.</summary>
    public string? Field { get; }

    /// <summary>The text cannot be written in Windows-1252, so the XER writer retries in UTF-8; a flag, because the message is translated.</summary>
    internal bool IsWindows1252Problem { get; init; }

    /// <summary>Location words ("line", "field") and punctuation follow the user's language; source, record and field names stay as the file spells them.</summary>
    private static string Describe(string problem, string? source, long? line, string? record, string? field)
    {
        var where = new List<string>(4);
        if (!string.IsNullOrEmpty(source))
        {
            where.Add(source);
        }

        if (line is { } l)
        {
            where.Add(InterchangeText.Format("Where.Line", l));
        }

        if (!string.IsNullOrEmpty(record))
        {
            where.Add(record);
        }

        if (!string.IsNullOrEmpty(field))
        {
            where.Add(InterchangeText.Format("Where.Field", field));
        }

        return where.Count == 0 ? problem : InterchangeText.Format("Where.Problem", string.Join(InterchangeText.Get("Where.Separator"), where), problem);
    }
}
