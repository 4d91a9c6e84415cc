using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// Writes calendars in the 2007+ form: the seven <c>WeekDays</c>, dated and recurring
/// <c>Exceptions</c> (one per exception, with every recurrence field the reader reads), and
/// <c>WorkWeeks</c> for dated work weeks. A derived calendar names its base with
/// <c>BaseCalendarUID</c> and lists only its own week, if it has one.
/// </summary>
internal static class MspdiCalendarWriter
{
    /// <summary>MS Project's last date; an open-ended recurrence is written to run until then.</summary>
    private static readonly DateOnly LastDate = new(2149, 12, 31);

    public static void Write(MspdiXml x, IEnumerable<CalendarDefinition> calendars, Dictionary<string, int> uids, List<ImportNote> notes)
    {
        x.Start("Calendars");
        foreach (var calendar in calendars)
        {
            string record = "Calendar " + calendar.Id;
            x.Start("Calendar");
            x.Int("UID", uids[calendar.Id]);
            x.Text("Name", calendar.Name.Length > 0 ? calendar.Name : calendar.Id);
            bool derived = calendar.BaseCalendarId is { } b && uids.ContainsKey(b);
            x.Flag("IsBaseCalendar", !derived);
            x.Flag("IsBaselineCalendar", false);
            x.Int("BaseCalendarUID", derived ? uids[calendar.BaseCalendarId!] : -1);
            var week = calendar.WorkWeek ?? (derived ? null : WorkWeek.Standard);
            if (week != null)
            {
                x.Start("WeekDays");
                WeekDays(x, week);
                x.End();
            }

            if (calendar.Exceptions.Count + calendar.RecurringExceptions.Count > 0)
            {
                x.Start("Exceptions");
                foreach (var exception in calendar.Exceptions)
                {
                    Dated(x, exception);
                }

                foreach (var exception in calendar.RecurringExceptions)
                {
                    Recurring(x, exception);
                }

                x.End();
            }

            if (calendar.DatedWorkWeeks.Count > 0)
            {
                x.Start("WorkWeeks");
                foreach (var dated in calendar.DatedWorkWeeks)
                {
                    x.Start("WorkWeek");
                    Period(x, dated.From, dated.To);
                    x.Text("Name", dated.Name);
                    x.Start("WeekDays");
                    WeekDays(x, dated.Week);
                    x.End();
                    x.End();
                }

                x.End();
            }

            if (calendar.IncludeChinaStatutoryHolidays)
            {
                notes.Add(new ImportNote(ImportNoteKind.Skipped, record, InterchangeText.Get("Note.HolidaysNotWritten")));
            }

            x.End();
        }

        x.End();
    }

    private static void WeekDays(MspdiXml x, WorkWeek week)
    {
        for (int day = 0; day < 7; day++)
        {
            var periods = week.PeriodsOn((DayOfWeek)day);
            x.Start("WeekDay");
            x.Int("DayType", day + 1);
            x.Flag("DayWorking", periods.Count > 0);
            WorkingTimes(x, periods);
            x.End();
        }
    }

    private static void Dated(MspdiXml x, CalendarException exception)
    {
        x.Start("Exception");
        x.Flag("EnteredByOccurrences", false);
        Period(x, exception.From, exception.To);
        x.Int("Occurrences", exception.To.DayNumber - exception.From.DayNumber + 1);
        x.Text("Name", exception.Name);
        x.Int("Type", 1);
        x.Flag("DayWorking", exception.Periods.Count > 0);
        WorkingTimes(x, exception.Periods);
        x.End();
    }

    /// <summary>
    /// Type codes: 7 daily every N days, 6 weekly, 4 monthly by day, 5 monthly by position,
    /// 2 yearly by date, 3 yearly by position. Month is written 0–11. Like MS Project, only the
    /// fields the pattern uses are written, in the order MS Project writes them.
    /// </summary>
    private static void Recurring(MspdiXml x, RecurringException exception)
    {
        x.Start("Exception");
        x.Flag("EnteredByOccurrences", exception.Occurrences != null);
        Period(x, exception.From, exception.Until ?? LastDate);
        x.Int("Occurrences", exception.Occurrences);
        x.Text("Name", exception.Name);
        x.Int("Type", exception.Pattern switch
        {
            RecurrencePattern.Daily => 7,
            RecurrencePattern.Weekly => 6,
            RecurrencePattern.MonthlyByDay => 4,
            RecurrencePattern.MonthlyByWeekday => 5,
            RecurrencePattern.YearlyByDate => 2,
            _ => 3,
        });
        var p = exception.Pattern;
        bool yearly = p is RecurrencePattern.YearlyByDate or RecurrencePattern.YearlyByWeekday;
        bool byPosition = p is RecurrencePattern.MonthlyByWeekday or RecurrencePattern.YearlyByWeekday;
        x.Int("Period", yearly ? null : exception.Interval);
        x.Int("DaysOfWeek", p == RecurrencePattern.Weekly ? (int)exception.DaysOfWeek : null);
        x.Int("Month", yearly ? exception.Month - 1 : null);
        x.Int("MonthItem", byPosition ? (int)exception.DayKind : null);
        x.Int("MonthPosition", byPosition ? (int)exception.Position : null);
        x.Int("MonthDay", p is RecurrencePattern.MonthlyByDay or RecurrencePattern.YearlyByDate ? exception.DayOfMonth : null);
        x.Flag("DayWorking", exception.Periods.Count > 0);
        WorkingTimes(x, exception.Periods);
        x.End();
    }

    private static void Period(MspdiXml x, DateOnly from, DateOnly to)
    {
        x.Start("TimePeriod");
        x.Date("FromDate", from.ToDateTime(TimeOnly.MinValue));
        x.Date("ToDate", to.ToDateTime(new TimeOnly(23, 59)));
        x.End();
    }

    private static void WorkingTimes(MspdiXml x, IReadOnlyList<WorkingPeriod> periods)
    {
        if (periods.Count == 0)
        {
            return;
        }

        x.Start("WorkingTimes");
        foreach (var period in periods)
        {
            x.Start("WorkingTime");
            x.Time("FromTime", period.StartMinute);
            x.Time("ToTime", period.EndMinute);
            x.End();
        }

        x.End();
    }
}
