using System.Globalization;
using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// Turns MSPDI calendars into engine calendar definitions: the week (a derived calendar overrides
/// only the days it lists, the rest come from its base), dated and recurring exceptions in the
/// 2007+ form, exceptions written as <c>DayType</c> 0 week days in the 2003 form, and
/// <c>WorkWeeks</c> (a different week for a date range) expanded into days.
/// </summary>
internal static class MspdiCalendarMapper
{
    private static readonly WorkingPeriod[] DefaultDay = [new(8 * 60, 12 * 60), new(13 * 60, 17 * 60)];

    // The years the engine's calendars cover; a work week beyond them has nothing to change.
    private static readonly DateOnly FirstDate = new(1900, 1, 1);
    private static readonly DateOnly LastDate = new(2200, 12, 31);

    public static Dictionary<string, CalendarDefinition> Map(MspdiProject project)
    {
        var byUid = project.Calendars.ToDictionary(c => c.Uid);
        var result = new Dictionary<string, CalendarDefinition>(project.Calendars.Count, StringComparer.Ordinal);
        foreach (var calendar in project.Calendars)
        {
            string record = "Calendar UID " + Key(calendar.Uid);
            int? baseUid = calendar.BaseCalendarUid is { } b && b != calendar.Uid && byUid.ContainsKey(b) ? b : null;
            bool listsDays = calendar.WeekDays.Any(d => d.DayType is >= 1 and <= 7);
            try
            {
                result.Add(Key(calendar.Uid), new CalendarDefinition
                {
                    Id = Key(calendar.Uid),
                    Name = calendar.Name ?? string.Empty,
                    BaseCalendarId = baseUid is { } bid ? Key(bid) : null,
                    WorkWeek = baseUid != null && !listsDays ? null : ResolvedWeek(calendar, byUid),
                    Exceptions = [.. WorkWeekDays(calendar), .. DatedExceptions(calendar, project.Source, record)],
                    RecurringExceptions = [.. RecurringExceptions(calendar, project.Source, record)],
                    MinutesPerDay = project.MinutesPerDay,
                    MinutesPerWeek = project.MinutesPerWeek,
                    MinutesPerMonth = project.MinutesPerDay * project.DaysPerMonth,
                });
            }
            catch (Exception ex) when (ex is CalendarError or ArgumentException)
            {
                throw new InterchangeException(InterchangeText.Format("CalendarUnusable", ex.Message), project.Source, LineOf(calendar), record, null, ex);
            }
        }

        return result;
    }

    public static string Key(int uid) => uid.ToString(CultureInfo.InvariantCulture);

    /// <summary>The full week: each day from the nearest calendar in the base chain that lists it.</summary>
    private static WorkWeek ResolvedWeek(MspdiCalendar calendar, Dictionary<int, MspdiCalendar> byUid)
    {
        var days = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>(7);
        var seen = new HashSet<int>();
        for (MspdiCalendar? level = calendar; level != null && seen.Add(level.Uid);
             level = level.BaseCalendarUid is { } b && byUid.TryGetValue(b, out var next) ? next : null)
        {
            foreach (var day in level.WeekDays.Where(d => d.DayType is >= 1 and <= 7))
            {
                days.TryAdd((DayOfWeek)(day.DayType - 1), Periods(day.DayWorking, day.WorkingTimes));
            }
        }

        for (int d = 0; d < 7; d++)
        {
            // A day no calendar in the chain lists keeps MS Project's standard hours.
            days.TryAdd((DayOfWeek)d, WorkWeek.Standard.PeriodsOn((DayOfWeek)d));
        }

        return new WorkWeek(days);
    }

    private static IEnumerable<CalendarException> WorkWeekDays(MspdiCalendar calendar)
    {
        foreach (var week in calendar.WorkWeeks)
        {
            if (week.From is not { } from || week.To is not { } to)
            {
                continue;
            }

            var listed = week.WeekDays.Where(d => d.DayType is >= 1 and <= 7).ToDictionary(d => (DayOfWeek)(d.DayType - 1));
            var first = DateOnly.FromDateTime(from);
            var last = DateOnly.FromDateTime(to);
            if (first < FirstDate)
            {
                first = FirstDate;
            }

            if (last > LastDate)
            {
                last = LastDate;
            }

            for (var date = first; date <= last; date = date.AddDays(1))
            {
                if (listed.TryGetValue(date.DayOfWeek, out var day))
                {
                    yield return new CalendarException(date, date, Periods(day.DayWorking, day.WorkingTimes), week.Name);
                }
            }
        }
    }

    private static IEnumerable<CalendarException> DatedExceptions(MspdiCalendar calendar, string source, string record)
    {
        // 2003 form: a WeekDay with DayType 0 and a TimePeriod is an exception for those dates.
        // MS Project 2007+ still writes them, one per occurrence, next to the Exceptions they
        // repeat; then the Exceptions are the definition and the copies are ignored.
        foreach (var day in calendar.WeekDays.Where(d => d.DayType == 0 && calendar.Exceptions.Count == 0))
        {
            if (day.From is not { } from || day.To is not { } to)
            {
                throw new InterchangeException(InterchangeText.Get("ExceptionDayNeedsPeriod"), source, LineOf(calendar), record, "TimePeriod");
            }

            yield return new CalendarException(DateOnly.FromDateTime(from), DateOnly.FromDateTime(to), Periods(day.DayWorking, day.WorkingTimes));
        }

        foreach (var exception in calendar.Exceptions.Where(x => x.Type == 1 && (x.Period ?? 1) == 1))
        {
            var (from, to) = Range(exception, source, calendar, record);
            yield return new CalendarException(from, to, Periods(exception.DayWorking, exception.WorkingTimes), exception.Name);
        }
    }

    private static IEnumerable<RecurringException> RecurringExceptions(MspdiCalendar calendar, string source, string record)
    {
        foreach (var x in calendar.Exceptions.Where(x => !(x.Type == 1 && (x.Period ?? 1) == 1)))
        {
            var (from, to) = Range(x, source, calendar, record);
            RecurrencePattern pattern = x.Type switch
            {
                1 or 7 => RecurrencePattern.Daily,
                6 => RecurrencePattern.Weekly,
                4 => RecurrencePattern.MonthlyByDay,
                5 => RecurrencePattern.MonthlyByWeekday,
                2 => RecurrencePattern.YearlyByDate,
                3 => RecurrencePattern.YearlyByWeekday,
                _ => throw new InterchangeException(InterchangeText.Format("UnknownExceptionType", x.Type), source, LineOf(calendar), record, "Type"),
            };
            yield return new RecurringException(pattern, from, Periods(x.DayWorking, x.WorkingTimes), x.Name)
            {
                Interval = Math.Max(1, x.Period ?? 1),
                Occurrences = x.EnteredByOccurrences ? x.Occurrences : null,
                Until = to,
                DaysOfWeek = (WeekDays)((x.DaysOfWeek ?? 0) & 127),
                DayOfMonth = x.MonthDay ?? 1,
                Month = (x.Month ?? 0) + 1,
                Position = (WeekOfMonth)(x.MonthPosition ?? 0),
                DayKind = (MonthDayKind)(x.MonthItem ?? 0),
            };
        }
    }

    private static (DateOnly From, DateOnly To) Range(MspdiCalendarException exception, string source, MspdiCalendar calendar, string record)
    {
        if (exception.From is not { } from || exception.To is not { } to)
        {
            throw new InterchangeException(InterchangeText.Format("ExceptionNeedsPeriod", exception.Name), source, LineOf(calendar), record, "TimePeriod");
        }

        return to < from
            ? throw new InterchangeException(InterchangeText.Format("ExceptionBackwards", exception.Name), source, LineOf(calendar), record, "TimePeriod")
            : (DateOnly.FromDateTime(from), DateOnly.FromDateTime(to));
    }

    private static WorkingPeriod[] Periods(bool working, IReadOnlyList<MspdiWorkingTime> times)
    {
        if (!working)
        {
            return [];
        }

        // A working day written without times works MS Project's default hours.
        return times.Count == 0 ? DefaultDay : [.. times.Select(t => new WorkingPeriod(t.FromMinute, t.ToMinute))];
    }

    private static long? LineOf(MspdiCalendar calendar) =>
        calendar.Element is System.Xml.IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
}
