using System.Globalization;

namespace Gantry.Scheduling.Calendars;

/// <summary>Turns a recurring exception into its dates, in order, never past the supported range.</summary>
internal static class RecurrenceExpander
{
    public static List<DateOnly> Expand(RecurringException rule, string calendarId)
    {
        Validate(rule, calendarId);
        var dates = new List<DateOnly>();
        var last = rule.Until is { } until && until < CalendarRange.LastDate ? until : CalendarRange.LastDate;
        var limit = rule.Occurrences ?? int.MaxValue;

        // Each candidate is produced in increasing date order, so the first one past `last` ends the rule.
        foreach (var date in Candidates(rule))
        {
            if (date > last || dates.Count >= limit)
            {
                break;
            }

            if (date >= rule.From)
            {
                dates.Add(date);
            }
        }

        return dates;
    }

    private static IEnumerable<DateOnly> Candidates(RecurringException rule)
    {
        var from = rule.From;
        switch (rule.Pattern)
        {
            case RecurrencePattern.Daily:
                for (long k = 0; ; k += rule.Interval)
                {
                    if (from.DayNumber + k > CalendarRange.LastDate.DayNumber)
                    {
                        yield break;
                    }

                    yield return from.AddDays((int)k);
                }

            case RecurrencePattern.Weekly:
                var weekStart = from.AddDays(-(((int)from.DayOfWeek - (int)rule.WeekStartsOn + 7) % 7));
                for (long w = 0; weekStart.DayNumber + (w * 7) <= CalendarRange.LastDate.DayNumber; w += rule.Interval)
                {
                    for (var j = 0; j < 7; j++)
                    {
                        var day = weekStart.AddDays((int)((w * 7) + j));
                        if ((rule.DaysOfWeek & ToFlag(day.DayOfWeek)) != 0)
                        {
                            yield return day;
                        }
                    }
                }

                yield break;

            case RecurrencePattern.MonthlyByDay:
            case RecurrencePattern.MonthlyByWeekday:
                var firstMonth = (from.Year * 12) + from.Month - 1;
                for (long m = firstMonth; m / 12 <= CalendarRange.LastYear; m += rule.Interval)
                {
                    var year = (int)(m / 12);
                    var month = (int)(m % 12) + 1;
                    yield return rule.Pattern == RecurrencePattern.MonthlyByDay
                        ? ClampedDate(year, month, rule.DayOfMonth)
                        : NthDay(year, month, rule.Position, rule.DayKind);
                }

                yield break;

            case RecurrencePattern.YearlyByDate:
            case RecurrencePattern.YearlyByWeekday:
                for (long year = from.Year; year <= CalendarRange.LastYear; year += rule.Interval)
                {
                    yield return rule.Pattern == RecurrencePattern.YearlyByDate
                        ? ClampedDate((int)year, rule.Month, rule.DayOfMonth)
                        : NthDay((int)year, rule.Month, rule.Position, rule.DayKind);
                }

                yield break;

            default:
                throw new CalendarError(EngineText.Format("UnknownPattern", rule.Pattern));
        }
    }

    /// <summary>Day 31 in a 30-day month falls on the 30th: MS Project moves such dates to the month's last day.</summary>
    private static DateOnly ClampedDate(int year, int month, int day) =>
        new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    private static DateOnly NthDay(int year, int month, WeekOfMonth position, MonthDayKind kind)
    {
        var days = DateTime.DaysInMonth(year, month);
        if (position == WeekOfMonth.Last)
        {
            for (var d = days; ; d--)
            {
                var date = new DateOnly(year, month, d);
                if (Matches(date.DayOfWeek, kind))
                {
                    return date;
                }
            }
        }

        var wanted = (int)position + 1;
        var seen = 0;
        for (var d = 1; ; d++)
        {
            var date = new DateOnly(year, month, d);
            if (Matches(date.DayOfWeek, kind) && ++seen == wanted)
            {
                return date;
            }
        }
    }

    private static bool Matches(DayOfWeek day, MonthDayKind kind) => kind switch
    {
        MonthDayKind.Day => true,
        MonthDayKind.Weekday => day is not (DayOfWeek.Saturday or DayOfWeek.Sunday),
        MonthDayKind.WeekendDay => day is DayOfWeek.Saturday or DayOfWeek.Sunday,
        _ => (int)kind - (int)MonthDayKind.Sunday == (int)day,
    };

    private static WeekDays ToFlag(DayOfWeek day) => (WeekDays)(1 << (int)day);

    private static void Validate(RecurringException rule, string calendarId)
    {
        string? problem = null;
        if (rule.Occurrences is null && rule.Until is null)
        {
            problem = "Recurring.NoEnd";
        }
        else if (rule.Occurrences is < 1)
        {
            problem = "Recurring.Occurrences";
        }
        else if (rule.Interval < 1)
        {
            problem = "Recurring.Interval";
        }
        else if (!CalendarRange.Contains(rule.From))
        {
            problem = "Recurring.FromOutOfRange";
        }
        else if (rule.Pattern == RecurrencePattern.Weekly && (rule.DaysOfWeek & (WeekDays)127) == WeekDays.None)
        {
            problem = "Recurring.NoWeekday";
        }
        else if (rule.Pattern is RecurrencePattern.MonthlyByDay or RecurrencePattern.YearlyByDate && rule.DayOfMonth is < 1 or > 31)
        {
            problem = "Recurring.DayOfMonth";
        }
        else if (rule.Pattern is RecurrencePattern.YearlyByDate or RecurrencePattern.YearlyByWeekday && rule.Month is < 1 or > 12)
        {
            problem = "Recurring.Month";
        }
        else if (rule.Pattern is RecurrencePattern.MonthlyByWeekday or RecurrencePattern.YearlyByWeekday
            && (!Enum.IsDefined(rule.Position) || !Enum.IsDefined(rule.DayKind)))
        {
            problem = "Recurring.PositionOrKind";
        }

        if (problem is not null)
        {
            throw new CalendarError(EngineText.Format("RecurringProblem", calendarId, rule.Name ?? rule.Pattern.ToString(), rule.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), EngineText.Get(problem)));
        }
    }
}
