using System.Globalization;

namespace Gantry.Interchange.Xer;

/// <summary>Times of day in P6 calendars: <c>08:00</c>, <c>8:00</c> or <c>08:00:00</c>.</summary>
internal static class P6TimeOfDay
{
    public static int Minutes(string text)
    {
        string[] parts = text.Split(':');
        if (parts.Length is < 2 or > 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int hours)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int minutes)
            || hours > 24 || minutes > 59 || (hours == 24 && minutes != 0))
        {
            throw new FormatException(InterchangeText.Format("NotTimeOfDay", text));
        }

        return (hours * 60) + minutes;
    }

    /// <summary>
    /// A working period. A finish of 00:00 means midnight at the end of the day, which is how P6
    /// writes a period that runs to the end of the day (and a 24-hour day as 00:00–00:00).
    /// </summary>
    public static P6WorkPeriod Period(string start, string finish)
    {
        int from = Minutes(start);
        int to = Minutes(finish);
        if (to == 0)
        {
            to = 24 * 60;
        }

        if (to <= from)
        {
            throw new FormatException(InterchangeText.Format("WorkingPeriodBackwards", start, finish));
        }

        return new P6WorkPeriod(from, to);
    }
}
