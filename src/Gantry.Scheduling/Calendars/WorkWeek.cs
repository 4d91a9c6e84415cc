using System.Globalization;

namespace Gantry.Scheduling.Calendars;

/// <summary>The working periods of each day of a normal week. Immutable; periods are sorted and never overlap.</summary>
public sealed class WorkWeek
{
    private readonly WorkingPeriod[][] periods = new WorkingPeriod[7][];

    public WorkWeek(IReadOnlyDictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        for (var d = 0; d < 7; d++)
        {
            var day = (DayOfWeek)d;
            periods[d] = days.TryGetValue(day, out var list)
                ? PeriodList.Normalise(list, () => EngineText.Format("Where.WorkWeek", EngineText.DayName(day)))
                : [];
        }
    }

    /// <summary>Monday to Friday 08:00–12:00 and 13:00–17:00: the default of P6 and MS Project.</summary>
    public static WorkWeek Standard { get; } = Uniform(
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        [new WorkingPeriod(480, 720), new WorkingPeriod(780, 1020)]);

    /// <summary>Every day works all day.</summary>
    public static WorkWeek TwentyFourSeven { get; } = Uniform(
        Enum.GetValues<DayOfWeek>(),
        [new WorkingPeriod(0, WorkingPeriod.MinutesPerCalendarDay)]);

    /// <summary>A week in which the given days share the same periods and all other days rest.</summary>
    public static WorkWeek Uniform(IEnumerable<DayOfWeek> workingDays, IReadOnlyList<WorkingPeriod> dayPeriods)
    {
        var days = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>();
        foreach (var day in workingDays)
        {
            days[day] = dayPeriods;
        }

        return new WorkWeek(days);
    }

    public IReadOnlyList<WorkingPeriod> PeriodsOn(DayOfWeek day) => periods[(int)day];

    /// <summary>The checked array itself, for compiling without copies.</summary>
    internal WorkingPeriod[] PeriodArray(DayOfWeek day) => periods[(int)day];

    /// <summary>Working minutes in the whole week.</summary>
    public int TotalMinutes => periods.Sum(day => day.Sum(p => p.Minutes));

    /// <summary>
    /// The hours a make-up working day (调休) uses: Monday's, or the first weekday that works, because a
    /// make-up day is "worked like a normal weekday".
    /// </summary>
    public IReadOnlyList<WorkingPeriod> NormalWeekdayPeriods()
    {
        DayOfWeek[] order = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
        foreach (var day in order)
        {
            if (periods[(int)day].Length > 0)
            {
                return periods[(int)day];
            }
        }

        return [];
    }
}
