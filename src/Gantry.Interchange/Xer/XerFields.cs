using System.Globalization;

namespace Gantry.Interchange.Xer;

/// <summary>
/// Typed reading of XER values. Dates are local wall-clock <c>yyyy-MM-dd HH:mm</c> with no time
/// zone; numbers use a dot; flags are Y/N. Every failure names the line, the record and the field.
/// </summary>
internal sealed class XerFields
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];
    private readonly string _source;

    // Codes such as TT_Task or TK_NotStart repeat on every row; the typed records share one string each.
    private readonly XerValuePool _pool = new();

    public XerFields(string source) => _source = source;

    public string Text(XerRow row, string field) => _pool.Get(Span(row, field));

    public string? OptionalText(XerRow row, string field)
    {
        var value = Span(row, field);
        return value.IsEmpty ? null : _pool.Get(value);
    }

    private static ReadOnlySpan<char> Span(XerRow row, string field) => row.Span(row.Table.IndexOf(field));

    public long Id(XerRow row, string field)
    {
        var value = Span(row, field);
        if (value.IsEmpty)
        {
            throw Error(row, field, InterchangeText.Get("KeyEmpty"));
        }

        return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long id)
            ? id
            : throw Error(row, field, InterchangeText.Format("NotWholeNumber", Shorten(value)));
    }

    public long? OptionalId(XerRow row, string field)
    {
        var value = Span(row, field);
        if (value.IsEmpty)
        {
            return null;
        }

        return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long id)
            ? id
            : throw Error(row, field, InterchangeText.Format("NotWholeNumber", Shorten(value)));
    }

    public decimal Number(XerRow row, string field) => OptionalNumber(row, field) ?? 0m;

    public decimal? OptionalNumber(XerRow row, string field)
    {
        var value = Span(row, field);
        if (value.IsEmpty)
        {
            return null;
        }

        return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number)
            ? number
            : throw Error(row, field, InterchangeText.Format("NotNumber", Shorten(value)));
    }

    public bool Flag(XerRow row, string field)
    {
        var value = Span(row, field);
        return value switch
        {
            "Y" or "y" => true,
            "N" or "n" or "" => false,
            _ => throw Error(row, field, InterchangeText.Format("NotYesNo", Shorten(value))),
        };
    }

    public DateTime? Date(XerRow row, string field)
    {
        var value = Span(row, field);
        if (value.IsEmpty)
        {
            return null;
        }

        if (TryParseMinuteDate(value, out var fast))
        {
            return fast;
        }

        return DateTime.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(row, field, InterchangeText.Format("NotXerDate", Shorten(value)));
    }

    /// <summary>
    /// The form P6 writes on every row, <c>yyyy-MM-dd HH:mm</c>, read without the general parser:
    /// a large file has a hundred thousand dates and this is most of the typed layer's time.
    /// </summary>
    private static bool TryParseMinuteDate(ReadOnlySpan<char> text, out DateTime date)
    {
        date = default;
        if (text.Length != 16 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':')
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out int year) || !TryDigits(text, 5, 2, out int month) || !TryDigits(text, 8, 2, out int day)
            || !TryDigits(text, 11, 2, out int hour) || !TryDigits(text, 14, 2, out int minute))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59)
        {
            return false;
        }

        date = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            int digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    public InterchangeException Error(XerRow row, string field, string problem) =>
        new(problem, _source, row.LineNumber, row.Describe(), field);

    private static string Shorten(ReadOnlySpan<char> value) => value.Length <= 40 ? value.ToString() : string.Concat(value[..40], "…");
}
