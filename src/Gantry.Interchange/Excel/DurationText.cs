using System.Globalization;

namespace Gantry.Interchange.Excel;

/// <summary>
/// Durations and lags as planners type them: <c>5d</c>, <c>4h</c>, <c>2w</c>, <c>30min</c>, a bare
/// number (days, as P6 and MS Project show durations), or Chinese units (<c>5天</c>, <c>4小时</c>).
/// A "day" is the calendar's own day length (P6 hours per day), not 24 hours.
/// </summary>
public static class DurationText
{
    /// <summary>Working minutes for <paramref name="text"/>, or null when it is not a duration.</summary>
    public static long? ParseMinutes(string text, int minutesPerDay, int minutesPerWeek)
    {
        var (number, unit) = Split(text);
        if (number is not { } n)
        {
            return null;
        }

        double? perUnit = unit switch
        {
            "" or "d" or "day" or "days" or "天" or "日" or "工作日" => minutesPerDay,
            "h" or "hr" or "hrs" or "hour" or "hours" or "小时" or "时" => 60,
            "w" or "wk" or "week" or "weeks" or "周" or "星期" => minutesPerWeek,
            "m" or "min" or "mins" or "minute" or "minutes" or "分钟" or "分" => 1,
            _ => null,
        };
        if (perUnit is not { } p)
        {
            return null;
        }

        double minutes = Math.Round(n * p, MidpointRounding.AwayFromZero);
        return Math.Abs(minutes) <= 1_000_000_000 ? (long)minutes : null;
    }

    /// <summary>
    /// Whole days when the minutes make whole days of this calendar, else hours, else minutes, so
    /// that reading the text back gives the same minutes.
    /// </summary>
    public static string Format(long minutes, int minutesPerDay)
    {
        if (minutesPerDay > 0 && minutes % minutesPerDay == 0)
        {
            return (minutes / minutesPerDay).ToString(CultureInfo.InvariantCulture) + "d";
        }

        return minutes % 60 == 0
            ? (minutes / 60).ToString(CultureInfo.InvariantCulture) + "h"
            : minutes.ToString(CultureInfo.InvariantCulture) + "min";
    }

    /// <summary>The leading number (invariant, a dot for decimals) and the lower-case unit after it.</summary>
    internal static (double? Number, string Unit) Split(string text)
    {
        string t = text.Trim();
        int end = 0;
        while (end < t.Length && (char.IsAsciiDigit(t[end]) || t[end] is '.' or '+' or '-'))
        {
            end++;
        }

        if (end == 0 || !double.TryParse(t.AsSpan(0, end), NumberStyles.Float, CultureInfo.InvariantCulture, out double number) || !double.IsFinite(number))
        {
            return (null, string.Empty);
        }

        return (number, t[end..].Trim().ToLowerInvariant());
    }
}
