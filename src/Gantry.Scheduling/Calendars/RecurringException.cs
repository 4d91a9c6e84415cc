namespace Gantry.Scheduling.Calendars;

/// <summary>
/// A repeating exception as MS Project defines one. It starts on <see cref="From"/> and stops after
/// <see cref="Occurrences"/> dates or after <see cref="Until"/> (inclusive), whichever comes first;
/// at least one of the two must be given so the expansion is finite. Empty <see cref="Periods"/>
/// means the matching days do not work; otherwise they work these periods.
/// </summary>
/// <remarks>
/// Fields used per pattern: Daily — <see cref="Interval"/>; Weekly — <see cref="Interval"/>, <see cref="DaysOfWeek"/>;
/// MonthlyByDay — <see cref="Interval"/>, <see cref="DayOfMonth"/>; MonthlyByWeekday — <see cref="Interval"/>,
/// <see cref="Position"/>, <see cref="DayKind"/>; YearlyByDate — <see cref="Month"/>, <see cref="DayOfMonth"/>;
/// YearlyByWeekday — <see cref="Month"/>, <see cref="Position"/>, <see cref="DayKind"/>.
/// </remarks>
public sealed record RecurringException(RecurrencePattern Pattern, DateOnly From, IReadOnlyList<WorkingPeriod> Periods, string? Name = null)
{
    /// <summary>Repeat every N days, weeks or months (MSPDI <c>Period</c>); 1 = every one.</summary>
    public int Interval { get; init; } = 1;

    /// <summary>Number of dates produced (MSPDI <c>Occurrences</c> when <c>EnteredByOccurrences</c> = 1).</summary>
    public int? Occurrences { get; init; }

    /// <summary>Last date that may be produced, inclusive (MSPDI <c>TimePeriod/ToDate</c>).</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Weekly: the days of the week that match.</summary>
    public WeekDays DaysOfWeek { get; init; }

    /// <summary>
    /// Weekly with an interval above 1 counts weeks from the week holding <see cref="From"/>; this is the
    /// day such a week starts on (MSPDI project <c>WeekStartDay</c>, Sunday by default).
    /// </summary>
    public DayOfWeek WeekStartsOn { get; init; } = DayOfWeek.Sunday;

    /// <summary>MonthlyByDay and YearlyByDate: day of the month, 1–31. A day past the month's end falls on its last day, as in MS Project.</summary>
    public int DayOfMonth { get; init; } = 1;

    /// <summary>Yearly patterns: month 1–12 (MSPDI writes 0–11; the importer adds one).</summary>
    public int Month { get; init; } = 1;

    /// <summary>By-weekday patterns: first, second, third, fourth or last.</summary>
    public WeekOfMonth Position { get; init; }

    /// <summary>By-weekday patterns: which kind of day is counted.</summary>
    public MonthDayKind DayKind { get; init; }
}
