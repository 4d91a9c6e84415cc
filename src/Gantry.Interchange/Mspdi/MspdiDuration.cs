using System.Globalization;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// MSPDI durations are ISO 8601 periods: <c>PT8H0M0S</c>, <c>PT57H8M24S</c>, sometimes with days
/// (<c>P1DT2H0M0S</c>, a day being 24 hours here) or a sign. We keep them as minutes, with the
/// fraction MS Project's seconds give.
/// </summary>
public static class MspdiDuration
{
    /// <summary>Parses a period into minutes; throws <see cref="FormatException"/> saying why not.</summary>
    public static decimal ParseMinutes(string text)
    {
        ReadOnlySpan<char> s = text.AsSpan().Trim();
        bool negative = false;
        if (s.Length > 0 && s[0] == '-')
        {
            negative = true;
            s = s[1..];
        }

        if (s.Length < 2 || s[0] != 'P')
        {
            throw new FormatException(InterchangeText.Format("NotIsoDuration", text));
        }

        s = s[1..];
        decimal minutes = 0;
        bool inTime = false;
        bool any = false;
        while (s.Length > 0)
        {
            if (s[0] == 'T')
            {
                inTime = true;
                s = s[1..];
                continue;
            }

            int unit = 0;
            while (unit < s.Length && (char.IsAsciiDigit(s[unit]) || s[unit] == '.'))
            {
                unit++;
            }

            if (unit == 0 || unit == s.Length
                || !decimal.TryParse(s[..unit], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value)
                || value > 1_000_000_000m)
            {
                throw new FormatException(InterchangeText.Format("NotIsoDuration", text));
            }

            minutes += (s[unit], inTime) switch
            {
                ('Y', false) => value * 365 * 24 * 60,
                ('M', false) => value * 30 * 24 * 60,
                ('W', false) => value * 7 * 24 * 60,
                ('D', false) => value * 24 * 60,
                ('H', true) => value * 60,
                ('M', true) => value,
                ('S', true) => value / 60,
                _ => throw new FormatException(InterchangeText.Format("UnknownDurationUnit", text, s[unit])),
            };
            any = true;
            s = s[(unit + 1)..];
        }

        if (!any)
        {
            throw new FormatException(InterchangeText.Format("EmptyDuration", text));
        }

        return negative ? -minutes : minutes;
    }

    /// <summary>Writes minutes as MS Project does: <c>PT{hours}H{minutes}M{seconds}S</c>.</summary>
    public static string Format(decimal minutes)
    {
        string sign = minutes < 0 ? "-" : string.Empty;
        decimal total = Math.Abs(minutes);
        long seconds = (long)Math.Round(total * 60, MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}PT{seconds / 3600}H{seconds / 60 % 60}M{seconds % 60}S");
    }
}
