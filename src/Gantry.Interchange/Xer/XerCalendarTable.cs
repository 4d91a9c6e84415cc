using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange.Xer;

/// <summary>
/// The CALENDAR table. A calendar made only of a week and dated exceptions (every P6 calendar) is
/// written as it is, with its base calendar. What P6 cannot express (MS Project recurring
/// exceptions and dated work weeks, China's statutory holidays) is flattened: the calendar's
/// resolved week plus one exception per differing day over the schedule's years, with a note.
/// </summary>
internal static class XerCalendarTable
{
    public static readonly string[] Fields =
        ["clndr_id", "default_flag", "clndr_name", "proj_id", "base_clndr_id", "last_chng_date", "clndr_type", "day_hr_cnt", "week_hr_cnt", "month_hr_cnt", "year_hr_cnt", "rsrc_private", "clndr_data"];

    private const int MaxExceptionDays = 36_525;

    public static void Write(XerTableWriter w, XerWriteContext c)
    {
        w.Table("CALENDAR", Fields);
        foreach (var calendar in c.Calendars)
        {
            bool flatten = NeedsFlattening(calendar);
            string? baseId = !flatten && calendar.BaseCalendarId is { } b && c.CalendarIds.Contains(b) ? c.CalendarIds.Text(b) : null;
            string data = flatten ? Flattened(calendar, c) : P6CalendarWriter.Write(
                calendar.WorkWeek ?? (baseId == null ? WorkWeek.Standard : null),
                calendar.Exceptions.SelectMany(Days));
            if (flatten)
            {
                c.Notes.Add(new ImportNote(ImportNoteKind.Changed, "CALENDAR " + c.CalendarIds.Text(calendar.Id),
                    InterchangeText.Format("Note.CalendarFlattened",
                        c.CalendarWindow.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        c.CalendarWindow.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
            }

            w.Set("clndr_id", c.CalendarIds.Text(calendar.Id));
            w.Set("default_flag", XerValueText.Flag(calendar.Id == c.DefaultCalendarId));
            w.Set("clndr_name", calendar.Name.Length > 0 ? calendar.Name : calendar.Id);
            w.Set("base_clndr_id", baseId);
            w.Set("clndr_type", c.ResourceOnlyCalendars.Contains(calendar.Id) ? "CA_Rsrc" : "CA_Base");
            w.Set("day_hr_cnt", XerValueText.Hours(calendar.MinutesPerDay));
            w.Set("week_hr_cnt", XerValueText.Hours(calendar.MinutesPerWeek));
            w.Set("month_hr_cnt", XerValueText.Hours(calendar.MinutesPerMonth));
            w.Set("year_hr_cnt", XerValueText.Hours(calendar.MinutesPerWeek * 52L));
            w.Set("rsrc_private", "N");
            w.Set("clndr_data", data);
            w.EndRow();
        }
    }

    private static bool NeedsFlattening(CalendarDefinition calendar) =>
        calendar.RecurringExceptions.Count > 0 || calendar.DatedWorkWeeks.Count > 0 || calendar.IncludeChinaStatutoryHolidays;

    private static IEnumerable<(DateOnly, IReadOnlyList<WorkingPeriod>)> Days(CalendarException exception)
    {
        // P6 keeps one exception per day; a range of days becomes its days, within reason.
        if (exception.To.DayNumber - exception.From.DayNumber > MaxExceptionDays)
        {
            throw new InterchangeException(InterchangeText.Format("ExceptionTooLong", exception.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), exception.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), null, null, "CALENDAR", "clndr_data");
        }

        for (var day = exception.From; day <= exception.To; day = day.AddDays(1))
        {
            yield return (day, exception.Periods);
            if (day == DateOnly.MaxValue)
            {
                yield break;
            }
        }
    }

    private static string Flattened(CalendarDefinition calendar, XerWriteContext c)
    {
        var compiled = WorkCalendar.Compile(calendar, c.CalendarsById);
        var week = compiled.Week;
        var days = new List<(DateOnly, IReadOnlyList<WorkingPeriod>)>();
        var (from, to) = c.CalendarWindow;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var periods = compiled.PeriodsOn(day);
            if (!periods.SequenceEqual(week.PeriodsOn(day.DayOfWeek)))
            {
                days.Add((day, periods));
            }
        }

        // Dated exceptions outside the window are still the calendar's own: keep them.
        days.AddRange(calendar.Exceptions.SelectMany(Days).Where(d => d.Item1 < from || d.Item1 > to));
        return P6CalendarWriter.Write(week, days);
    }
}
