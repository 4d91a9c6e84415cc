using System.Globalization;

namespace Gantry.Interchange.Pmxml;

/// <summary>
/// Typed reading of P6 XML values, written back in the XER spelling the P6 mapper reads. P6 XML
/// uses xsd types: <c>2017-09-16T08:00:00</c> dates with no time zone, dot decimals, true/false.
/// Every failure names the XML line, the record (<c>Activity 4711</c>) and the element.
/// </summary>
internal sealed class PmxmlValues(string source)
{
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd"];

    /// <summary>Beyond this a duration, unit or cost is garbage, not a schedule value.</summary>
    private const decimal MaxNumber = 1_000_000_000_000m;

    public string Source => source;

    public static string Text(PmxmlElement owner, string field) => Clean(owner.Value(field));

    public string Id(PmxmlElement owner, string field) =>
        OptionalId(owner, field) ?? throw Error(owner, field, InterchangeText.Get("MissingObjectId"));

    public string? OptionalId(PmxmlElement owner, string field)
    {
        string? text = Typed(owner, field);
        if (text == null)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long id)
            ? id.ToString(CultureInfo.InvariantCulture)
            : throw Error(owner, field, InterchangeText.Format("NotWholeNumber", Shorten(text)));
    }

    public string Number(PmxmlElement owner, string field) => OptionalNumber(owner, field) is { } n ? Format(n) : string.Empty;

    public decimal? OptionalNumber(PmxmlElement owner, string field)
    {
        string? text = Typed(owner, field);
        if (text == null)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
        {
            throw Error(owner, field, InterchangeText.Format("NotNumber", Shorten(text)));
        }

        return Math.Abs(number) <= MaxNumber ? number : throw Error(owner, field, InterchangeText.Format("OutOfRange", Shorten(text)));
    }

    /// <summary>
    /// P6 XML holds percentages as fractions (0.5 is 50 %); the XER and the engine use 0–100.
    /// </summary>
    public string Percent(PmxmlElement owner, string field)
    {
        if (OptionalNumber(owner, field) is not { } fraction)
        {
            return string.Empty;
        }

        return fraction is >= 0m and <= 1m
            ? Format(fraction * 100m)
            : throw Error(owner, field, InterchangeText.Format("NotFraction", Format(fraction)));
    }

    public string Date(PmxmlElement owner, string field) => OptionalDate(owner, field) is { } d ? FormatDate(d) : string.Empty;

    public DateTime? OptionalDate(PmxmlElement owner, string field)
    {
        string? text = Typed(owner, field);
        if (text == null)
        {
            return null;
        }

        if (TryParseSecondDate(text, out var fast))
        {
            return fast;
        }

        return DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(owner, field, InterchangeText.Format("NotXmlDate", Shorten(text)));
    }

    /// <summary>
    /// The form P6 writes on every activity, <c>yyyy-MM-ddTHH:mm:ss</c>, read without the general
    /// parser: a large export has millions of dates.
    /// </summary>
    private static bool TryParseSecondDate(string text, out DateTime date)
    {
        date = default;
        if (text.Length != 19 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            || !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            || !int.TryParse(text.AsSpan(11, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int hour)
            || !int.TryParse(text.AsSpan(14, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int minute)
            || !int.TryParse(text.AsSpan(17, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int second))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        date = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>xsd:boolean as the XER Y/N flag; a missing flag is N, as in P6.</summary>
    public string Flag(PmxmlElement owner, string field) => Typed(owner, field) switch
    {
        null or "false" or "0" => "N",
        "true" or "1" => "Y",
        var other => throw Error(owner, field, InterchangeText.Format("NotTrueOrFalse", Shorten(other))),
    };

    /// <summary>A P6 XML word ("Finish to Start") as its XER code ("PR_FS"); empty when missing.</summary>
    public string Code(PmxmlElement owner, string field, IReadOnlyDictionary<string, string> codes)
    {
        string? text = Typed(owner, field);
        if (text == null)
        {
            return string.Empty;
        }

        return codes.TryGetValue(text, out var code)
            ? code
            : throw Error(owner, field, InterchangeText.Format("UnknownValueExpected", Shorten(text), string.Join(", ", codes.Keys.Where(k => !k.StartsWith("CS_", StringComparison.Ordinal) && k.Length > 0).Distinct())));
    }

    /// <summary>A typed value without the spaces around it; names keep theirs, as P6 does.</summary>
    public static string? Typed(PmxmlElement owner, string field) => owner.Value(field)?.Trim() is { Length: > 0 } t ? t : null;

    public InterchangeException Error(PmxmlElement owner, string field, string problem) =>
        new(problem, source, owner.Field(field)?.Line ?? owner.Line, owner.Describe(), field);

    public static string FormatDate(DateTime date) =>
        date.ToString(date.Second == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Format(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>An XER row separates values by tabs, so a tab inside a name becomes a space.</summary>
    private static string Clean(string? text) => text == null ? string.Empty : text.Replace('\t', ' ');

    private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");
}
