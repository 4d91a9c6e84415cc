using System.Globalization;

namespace Gantry.Scheduling.Calendars;

/// <summary>
/// Flattens a definition and its base calendars into one work week and one set of dated day overrides.
/// Precedence for a date, strongest first: the derived calendar's dated exceptions, its recurring
/// exceptions, its statutory holidays; then the same three of its base, and so on up the chain. Below
/// all exceptions lies the week: the nearest level's dated work week covering the date, else the nearest
/// level's work week (a level with its own week hides its bases' dated weeks).
/// </summary>
internal sealed class CalendarResolver
{
    private readonly Dictionary<int, WorkingPeriod[]?> overrides = [];

    /// <summary>Days whose week comes from a dated work week; below every exception of every level.</summary>
    private readonly Dictionary<int, WorkingPeriod[]> datedWeekDays = [];

    /// <summary>Day index → periods. A null value is a make-up working day that takes the week's normal weekday hours.</summary>
    public IReadOnlyDictionary<int, WorkingPeriod[]?> Overrides => overrides;

    public WorkWeek Week { get; private set; } = WorkWeek.Standard;

    public static CalendarResolver Resolve(CalendarDefinition definition, IReadOnlyDictionary<string, CalendarDefinition>? all)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var resolver = new CalendarResolver();
        var chain = Chain(definition, all);

        // Walk from the root base down to the calendar itself so that each level overwrites the one above it.
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var level = chain[i];
            if (level.WorkWeek is not null)
            {
                // An own week replaces everything week-like above it, the base's dated weeks included.
                resolver.Week = level.WorkWeek;
                resolver.datedWeekDays.Clear();
            }

            foreach (var dated in level.DatedWorkWeeks)
            {
                resolver.Apply(dated, level.Id);
            }

            if (level.IncludeChinaStatutoryHolidays)
            {
                resolver.ApplyChinaHolidays();
            }

            foreach (var rule in level.RecurringExceptions)
            {
                var periods = Periods(rule.Periods, level.Id, rule.Name ?? rule.Pattern.ToString());
                foreach (var date in RecurrenceExpander.Expand(rule, level.Id))
                {
                    resolver.overrides[CalendarRange.DayIndex(date)] = periods;
                }
            }

            foreach (var exception in level.Exceptions)
            {
                resolver.Apply(exception, level.Id);
            }
        }

        foreach (var (day, periods) in resolver.datedWeekDays)
        {
            resolver.overrides.TryAdd(day, periods);
        }

        return resolver;
    }

    private static List<CalendarDefinition> Chain(CalendarDefinition definition, IReadOnlyDictionary<string, CalendarDefinition>? all)
    {
        var chain = new List<CalendarDefinition> { definition };
        var seen = new HashSet<string>(StringComparer.Ordinal) { definition.Id };
        var current = definition;
        while (current.BaseCalendarId is { } baseId)
        {
            if (all is null || !all.TryGetValue(baseId, out var parent))
            {
                throw new CalendarError(EngineText.Format("BaseCalendarMissing", current.Id, baseId));
            }

            if (!seen.Add(parent.Id))
            {
                throw new CalendarError(EngineText.Format("BaseCalendarCycle", definition.Id, parent.Id));
            }

            chain.Add(parent);
            current = parent;
        }

        return chain;
    }

    private void ApplyChinaHolidays()
    {
        foreach (var day in ChinaStatutoryHolidays.Days)
        {
            overrides[CalendarRange.DayIndex(day.Date)] = day.Kind == ChinaHolidayKind.Holiday ? [] : null;
        }
    }

    private void Apply(CalendarException exception, string levelId)
    {
        // An unnamed exception is named by its first day, which reads the same in every language.
        var name = exception.Name ?? exception.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var periods = Periods(exception.Periods, levelId, name);
        foreach (var day in DayIndexes(exception.From, exception.To, levelId, "Range.Exception", name))
        {
            overrides[day] = periods;
        }
    }

    private void Apply(DatedWorkWeek dated, string levelId)
    {
        ArgumentNullException.ThrowIfNull(dated.Week, $"work week '{dated.Name}' of calendar '{levelId}'");
        foreach (var day in DayIndexes(dated.From, dated.To, levelId, "Range.WorkWeek", dated.Name ?? dated.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
        {
            datedWeekDays[day] = dated.Week.PeriodArray(CalendarRange.DayOfWeekOf(day));
        }
    }

    /// <summary>
    /// Day indexes of an inclusive date range. Dates beyond the supported range can never be asked about,
    /// so they are dropped rather than refused.
    /// </summary>
    private static IEnumerable<int> DayIndexes(DateOnly from, DateOnly to, string levelId, string whatKey, string whatName)
    {
        if (to < from)
        {
            throw new CalendarError(EngineText.Format("RangeBackwards", levelId, EngineText.Format(whatKey, whatName), to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        var first = Math.Max(from.DayNumber, CalendarRange.FirstDate.DayNumber);
        var last = Math.Min(to.DayNumber, CalendarRange.LastDate.DayNumber);
        for (var dayNumber = first; dayNumber <= last; dayNumber++)
        {
            yield return dayNumber - CalendarRange.FirstDayNumber;
        }
    }

    private static WorkingPeriod[] Periods(IReadOnlyList<WorkingPeriod>? periods, string levelId, string name) =>
        PeriodList.Normalise(periods, () => EngineText.Format("Where.Exception", levelId, name));
}
