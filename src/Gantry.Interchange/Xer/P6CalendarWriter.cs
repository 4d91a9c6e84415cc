using System.Globalization;
using System.Text;
using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange.Xer;

/// <summary>
/// Writes <c>clndr_data</c> in the <c>(0||CalendarData()(…))</c> text form every P6 version reads:
/// days 1 (Sunday) to 7 (Saturday) with their periods, then one exception per day as a spreadsheet
/// serial day number. A period ending at midnight is written 00:00, as P6 does.
/// </summary>
internal static class P6CalendarWriter
{
    public static string Write(WorkWeek? week, IEnumerable<(DateOnly Date, IReadOnlyList<WorkingPeriod> Periods)> exceptions)
    {
        var text = new StringBuilder(256);
        text.Append("(0||CalendarData()((0||DaysOfWeek()(");
        for (int day = 0; day < 7; day++)
        {
            text.Append(CultureInfo.InvariantCulture, $"(0||{day + 1}()(");
            if (week != null)
            {
                Periods(text, week.PeriodsOn((DayOfWeek)day));
            }

            text.Append("))");
        }

        text.Append("))(0||VIEW(ShowTotal|N)())(0||Exceptions()(");
        int n = 0;
        foreach (var (date, periods) in exceptions.OrderBy(e => e.Date))
        {
            text.Append(CultureInfo.InvariantCulture, $"(0||{n++}(d|{P6SerialDate.FromDate(date)})(");
            Periods(text, periods);
            text.Append("))");
        }

        text.Append("))))");
        return text.ToString();
    }

    private static void Periods(StringBuilder text, IReadOnlyList<WorkingPeriod> periods)
    {
        for (int i = 0; i < periods.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"(0||{i}(s|{Time(periods[i].StartMinute)}|f|{Time(periods[i].EndMinute % WorkingPeriod.MinutesPerCalendarDay)})())");
        }
    }

    private static string Time(int minute) => string.Create(CultureInfo.InvariantCulture, $"{minute / 60:00}:{minute % 60:00}");
}
