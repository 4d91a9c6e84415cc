using Gantry.Core.Schedules;
using Gantry.Scheduling.Calendars;

namespace Gantry.Core.Scenarios;

/// <summary>Lines a scenario's computed schedule up with the live one, activity by activity.</summary>
public static class ScenarioComparer
{
    public static ScenarioComparison Compare(IReadOnlyList<Activity> live, DateTime? liveFinish, ScenarioModel scenario)
    {
        var days = WorkingDays(scenario);
        var scenarioById = scenario.Activities.ToDictionary(a => a.Id);
        var liveIds = new HashSet<Guid>();
        var differences = new List<ActivityDifference>();
        var becameCritical = new List<ActivityReference>();
        var noLongerCritical = new List<ActivityReference>();
        var unchanged = 0;
        foreach (var l in live.OrderBy(a => a.SortOrder).ThenBy(a => a.Code, StringComparer.Ordinal))
        {
            liveIds.Add(l.Id);
            if (!scenarioById.TryGetValue(l.Id, out var s))
            {
                differences.Add(new ActivityDifference(l.Id, l.Code, l.Name, l.Start, l.Finish, null, null, null, null, l.Critical, null));
                continue;
            }

            if (l.Critical != s.Critical)
            {
                (s.Critical ? becameCritical : noLongerCritical).Add(new ActivityReference(s.Id, s.Code, s.Name));
            }

            if (l.Start == s.Start && l.Finish == s.Finish && l.Critical == s.Critical)
            {
                unchanged++;
                continue;
            }

            differences.Add(new ActivityDifference(s.Id, s.Code, s.Name, l.Start, l.Finish, s.Start, s.Finish, days(l.Start, s.Start),
                days(l.Finish, s.Finish), l.Critical, s.Critical));
        }

        foreach (var s in scenario.Activities.Where(a => !liveIds.Contains(a.Id)))
        {
            differences.Add(new ActivityDifference(s.Id, s.Code, s.Name, null, null, s.Start, s.Finish, null, null, null, s.Critical));
            if (s.Critical)
            {
                becameCritical.Add(new ActivityReference(s.Id, s.Code, s.Name));
            }
        }

        return new ScenarioComparison(liveFinish, scenario.Finish, days(liveFinish, scenario.Finish), live.Count(a => a.Critical),
            scenario.Activities.Count(a => a.Critical), becameCritical, noLongerCritical, differences, unchanged);
    }

    /// <summary>
    /// Working days between two instants on the project's default calendar (the standard week when none
    /// is set), as a planner counts a slip; rounded to a hundredth so half days still show.
    /// </summary>
    private static Func<DateTime?, DateTime?, double?> WorkingDays(ScenarioModel scenario)
    {
        var definitions = scenario.Calendars.Select(c => c.ToDefinition()).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var defaultId = scenario.Settings.DefaultCalendarId?.ToString();
        var definition = defaultId is not null && definitions.TryGetValue(defaultId, out var d)
            ? d
            : new CalendarDefinition { Id = "standard", Name = "Standard", WorkWeek = WorkWeek.Standard };
        var calendar = WorkCalendar.Compile(definition, definitions);
        return (from, to) => from is { } f && to is { } t ? Math.Round((double)calendar.WorkBetween(f, t) / calendar.MinutesPerDay, 2) : null;
    }
}
