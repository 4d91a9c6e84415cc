using System.Globalization;

namespace Gantry.Scheduling.Calendars;

/// <summary>
/// Flattens a definition and its base calendars into one work week and one set of dated day overrides.
/// Precedence for a date, strongest first: the derived calendar's dated exceptions, its recurring
/// exceptions, its statutory holidays; then the same three of its base, and so on up the chain.
/// </summary>
internal sealed class CalendarResolver
{
    private readonly Dictionary<int, WorkingPeriod[]?> overrides = [];

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
                resolver.Week = level.WorkWeek;
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
                throw new CalendarError($"Calendar '{current.Id}': base calendar '{baseId}' is not among the calendars given to Compile.");
            }

            if (!seen.Add(parent.Id))
            {
                throw new CalendarError($"Calendar '{definition.Id}': base calendars form a cycle through '{parent.Id}'.");
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
        var name = exception.Name ?? "exception";
        if (exception.To < exception.From)
        {
            throw new CalendarError(string.Create(
                CultureInfo.InvariantCulture,
                $"Calendar '{levelId}': exception '{name}' ends on {exception.To:yyyy-MM-dd}, before it starts on {exception.From:yyyy-MM-dd}."));
        }

        var periods = Periods(exception.Periods, levelId, name);

        // Dates beyond the supported range can never be asked about, so they are dropped rather than refused.
        var first = Math.Max(exception.From.DayNumber, CalendarRange.FirstDate.DayNumber);
        var last = Math.Min(exception.To.DayNumber, CalendarRange.LastDate.DayNumber);
        for (var dayNumber = first; dayNumber <= last; dayNumber++)
        {
            overrides[dayNumber - CalendarRange.FirstDayNumber] = periods;
        }
    }

    private static WorkingPeriod[] Periods(IReadOnlyList<WorkingPeriod>? periods, string levelId, string name) =>
        PeriodList.Normalise(periods, $"calendar '{levelId}', exception '{name}'");
}
