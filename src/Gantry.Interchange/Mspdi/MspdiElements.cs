using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// Typed reading of MSPDI child elements by local name (files with and without the
/// <c>http://schemas.microsoft.com/project</c> namespace both occur). Every failure names the
/// XML line, the record (e.g. <c>Task UID 12</c>) and the element.
/// </summary>
internal sealed class MspdiElements(string source)
{
    public string Source { get; } = source;

    public static XElement? Child(XElement parent, string name)
    {
        foreach (var child in parent.Elements())
        {
            if (child.Name.LocalName == name)
            {
                return child;
            }
        }

        return null;
    }

    public static IEnumerable<XElement> Children(XElement parent, string name) =>
        parent.Elements().Where(e => e.Name.LocalName == name);

    public static string? Text(XElement parent, string name) => Child(parent, name)?.Value.Trim() is { Length: > 0 } v ? v : null;

    public int? Int(XElement parent, string name, string record)
    {
        var element = Child(parent, name);
        string? text = element?.Value.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw Error(element!, record, name, InterchangeText.Format("NotWholeNumberOrTooLarge", Shorten(text)));
    }

    public decimal? Number(XElement parent, string name, string record)
    {
        var element = Child(parent, name);
        string? text = element?.Value.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value)
            ? value
            : throw Error(element!, record, name, InterchangeText.Format("NotNumber", Shorten(text)));
    }

    public bool Flag(XElement parent, string name, string record, bool whenMissing = false)
    {
        var element = Child(parent, name);
        string? text = element?.Value.Trim();
        return text switch
        {
            null or "" => whenMissing,
            "1" or "true" or "True" => true,
            "0" or "false" or "False" => false,
            _ => throw Error(element!, record, name, InterchangeText.Format("NotZeroOrOne", Shorten(text))),
        };
    }

    public DateTime? Date(XElement parent, string name, string record)
    {
        var element = Child(parent, name);
        string? text = element?.Value.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return DateTime.TryParseExact(text, ["yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(element!, record, name, InterchangeText.Format("NotXmlDate", Shorten(text)));
    }

    /// <summary>A time of day as minutes after midnight; 00:00 as a period end means midnight at the end of the day.</summary>
    public int? TimeOfDay(XElement parent, string name, string record)
    {
        var element = Child(parent, name);
        string? text = element?.Value.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return TimeSpan.TryParseExact(text, [@"hh\:mm\:ss", @"hh\:mm", @"h\:mm\:ss", @"h\:mm"], CultureInfo.InvariantCulture, out var time) && time < TimeSpan.FromDays(1)
            ? (int)time.TotalMinutes
            : throw Error(element!, record, name, InterchangeText.Format("NotXmlTimeOfDay", Shorten(text)));
    }

    public decimal? DurationMinutes(XElement parent, string name, string record)
    {
        var element = Child(parent, name);
        string? text = element?.Value.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return MspdiDuration.ParseMinutes(text);
        }
        catch (FormatException ex)
        {
            throw Error(element!, record, name, ex.Message);
        }
    }

    public InterchangeException Error(XElement at, string record, string? field, string problem)
    {
        long? line = at is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
        return new InterchangeException(problem, Source, line, record, field);
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
