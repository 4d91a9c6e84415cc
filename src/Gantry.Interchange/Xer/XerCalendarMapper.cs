using System.Globalization;
using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange.Xer;

/// <summary>
/// Turns CALENDAR rows into engine calendar definitions. Hours per day/week/month become the
/// minutes a "day" of duration or float is worth on that calendar.
/// </summary>
internal static class XerCalendarMapper
{
    public static Dictionary<string, CalendarDefinition> Map(XerSchedule schedule)
    {
        var ids = schedule.Calendars.Select(c => c.Id).ToHashSet();
        var result = new Dictionary<string, CalendarDefinition>(schedule.Calendars.Count, StringComparer.Ordinal);
        foreach (var calendar in schedule.Calendars)
        {
            string id = Key(calendar.Id);
            long? baseId = calendar.BaseCalendarId is { } b && b != calendar.Id && ids.Contains(b) ? b : null;

            // A resource calendar that lists no work week inherits its base calendar's week.
            bool inheritWeek = baseId != null && !calendar.Data.HasWorkWeek;
            CalendarDefinition definition;
            try
            {
                definition = new CalendarDefinition
                {
                    Id = id,
                    Name = calendar.Name,
                    BaseCalendarId = baseId is { } bid ? Key(bid) : null,
                    WorkWeek = inheritWeek ? null : Week(calendar.Data),
                    Exceptions = [.. calendar.Data.Exceptions.Select(Exception)],
                    MinutesPerDay = Minutes(schedule.Document.Source, calendar, calendar.HoursPerDay, "day_hr_cnt", 8),
                    MinutesPerWeek = Minutes(schedule.Document.Source, calendar, calendar.HoursPerWeek, "week_hr_cnt", 40),
                    MinutesPerMonth = Minutes(schedule.Document.Source, calendar, calendar.HoursPerMonth, "month_hr_cnt", 172),
                };
            }
            catch (Exception ex) when (ex is CalendarError or ArgumentException)
            {
                throw new InterchangeException(InterchangeText.Format("CalendarUnusable", ex.Message), schedule.Document.Source, calendar.Row.LineNumber, calendar.Row.Describe(), "clndr_data", ex);
            }

            if (!result.TryAdd(id, definition))
            {
                throw new InterchangeException(InterchangeText.Get("CalendarIdTwice"), schedule.Document.Source, calendar.Row.LineNumber, calendar.Row.Describe(), "clndr_id");
            }
        }

        return result;
    }

    public static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static WorkWeek Week(P6CalendarData data)
    {
        var days = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>(7);
        for (int d = 0; d < 7; d++)
        {
            days[(DayOfWeek)d] = [.. data.WorkWeek((DayOfWeek)d).Select(p => new WorkingPeriod(p.StartMinute, p.EndMinute))];
        }

        return new WorkWeek(days);
    }

    private static CalendarException Exception(P6CalendarExceptionDay day) =>
        new(day.Date, day.Date, [.. day.Periods.Select(p => new WorkingPeriod(p.StartMinute, p.EndMinute))]);

    private static int Minutes(string source, XerCalendar calendar, decimal hours, string field, int fallbackHours)
    {
        // P6 leaves the count at 0 on some imported calendars; it then uses its defaults.
        if (hours <= 0)
        {
            return fallbackHours * 60;
        }

        return hours <= 100_000m
            ? (int)Math.Round(hours * 60m, MidpointRounding.AwayFromZero)
            : throw new InterchangeException(InterchangeText.Get("HoursPerPeriodOutOfRange"), source, calendar.Row.LineNumber, calendar.Row.Describe(), field);
    }
}
