using Gantry.Scheduling.Calendars;

namespace Gantry.Core.Schedules;

/// <summary>
/// The week and exceptions of a <see cref="ProjectCalendar"/>, kept as one JSON document because
/// they are always read and written together and only the engine looks inside them.
/// </summary>
public sealed record CalendarRules
{
    /// <summary>Working periods per day of the week (Sunday = 0); null inherits the base calendar's, or the standard week.</summary>
    public IReadOnlyList<IReadOnlyList<PeriodRule>>? Week { get; init; }

    public IReadOnlyList<DatedWeekRule> DatedWeeks { get; init; } = [];

    public IReadOnlyList<ExceptionRule> Exceptions { get; init; } = [];

    public IReadOnlyList<RecurringRule> Recurring { get; init; } = [];

    public static CalendarRules StandardWeek { get; } = new() { Week = FromWeek(WorkWeek.Standard) };

    public static IReadOnlyList<IReadOnlyList<PeriodRule>> FromWeek(WorkWeek week) =>
        Enumerable.Range(0, 7).Select(d => (IReadOnlyList<PeriodRule>)week.PeriodsOn((DayOfWeek)d).Select(PeriodRule.From).ToList()).ToList();

    /// <summary>
    /// A list or row left out or sent as null (JSON cannot be stopped from doing so): the calendar cannot be
    /// compiled, so the planner gets a field error instead of a failed save.
    /// </summary>
    public bool HasMissingParts() =>
        (Week is not null && !IsWeek(Week)) ||
        DatedWeeks is null || DatedWeeks.Any(w => w is null || !IsWeek(w.Week)) ||
        Exceptions is null || Exceptions.Any(e => e is null || !AllPresent(e.Periods)) ||
        Recurring is null || Recurring.Any(r => r is null || !AllPresent(r.Periods));

    private static bool IsWeek(IReadOnlyList<IReadOnlyList<PeriodRule>>? days) => days is not null && days.All(AllPresent);

    private static bool AllPresent(IReadOnlyList<PeriodRule>? periods) => periods is not null && periods.All(p => p is not null);

    public static WorkWeek ToWeek(IReadOnlyList<IReadOnlyList<PeriodRule>> days)
    {
        var map = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>();
        for (var d = 0; d < days.Count && d < 7; d++)
        {
            map[(DayOfWeek)d] = days[d].Select(p => p.ToPeriod()).ToList();
        }

        return new WorkWeek(map);
    }
}

/// <summary>One working interval, minutes from midnight; the end is exclusive (08:00-12:00 = 480..720).</summary>
public sealed record PeriodRule(int StartMinute, int EndMinute)
{
    public static PeriodRule From(WorkingPeriod period) => new(period.StartMinute, period.EndMinute);

    public WorkingPeriod ToPeriod() => new(StartMinute, EndMinute);
}

/// <summary>A week that replaces the normal one between two dates, both included.</summary>
public sealed record DatedWeekRule(DateOnly From, DateOnly To, IReadOnlyList<IReadOnlyList<PeriodRule>> Week, string? Name = null);

/// <summary>
/// Days that work differently: empty <see cref="Periods"/> means no work. <see cref="Reason"/> tells
/// a holiday from a weather stoppage (停工), which planners add after the fact and report separately.
/// </summary>
public sealed record ExceptionRule(DateOnly From, DateOnly To, IReadOnlyList<PeriodRule> Periods, string? Name = null,
    CalendarExceptionReason Reason = CalendarExceptionReason.Holiday);

/// <summary>A repeating exception (MS Project recurring exceptions), stored field by field as the engine takes it.</summary>
public sealed record RecurringRule
{
    public RecurrencePattern Pattern { get; init; }

    public DateOnly From { get; init; }

    public IReadOnlyList<PeriodRule> Periods { get; init; } = [];

    public string? Name { get; init; }

    public int Interval { get; init; } = 1;

    public int? Occurrences { get; init; }

    public DateOnly? Until { get; init; }

    public WeekDays DaysOfWeek { get; init; }

    public DayOfWeek WeekStartsOn { get; init; }

    public int DayOfMonth { get; init; } = 1;

    public int Month { get; init; } = 1;

    public WeekOfMonth Position { get; init; }

    public MonthDayKind DayKind { get; init; }
}
