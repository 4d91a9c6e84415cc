using Gantry.Core.Schedules;
using Gantry.Scheduling.Calendars;

namespace Gantry.Core.Plans;

/// <summary>
/// The work calendars of a project's activities, compiled once per plan operation: an activity's own
/// calendar, else the project default, else the engine's standard week (the same fallbacks as a reschedule).
/// </summary>
public sealed class PlanCalendars
{
    private static readonly WorkCalendar StandardWeek = WorkCalendar.Compile(new CalendarDefinition
    {
        Id = "standard", Name = "Standard", WorkWeek = WorkWeek.Standard,
    });

    private readonly IReadOnlyDictionary<string, WorkCalendar> _compiled;
    private readonly Guid? _defaultId;

    public PlanCalendars(IEnumerable<ProjectCalendar> calendars, Guid? defaultCalendarId)
    {
        _compiled = WorkCalendar.CompileAll(calendars.Select(c => c.ToDefinition()).ToDictionary(d => d.Id, StringComparer.Ordinal));
        _defaultId = defaultCalendarId;
    }

    public WorkCalendar For(Activity? activity)
    {
        if (activity is { ElapsedDuration: true })
        {
            return WorkCalendar.TwentyFourHour;
        }

        var id = activity?.CalendarId ?? _defaultId;
        return id is { } g && _compiled.TryGetValue(g.ToString(), out var calendar) ? calendar : StandardWeek;
    }

    /// <summary>The share of a master activity in the window, or null when its dates miss the window.</summary>
    public WindowShare? Share(Activity activity, PlanWindow window, DateTime dataDate)
    {
        if (!window.Overlaps(activity.Start, activity.Finish))
        {
            return null;
        }

        var start = activity.Start!.Value;
        var finish = activity.Finish!.Value;
        // A started activity's remaining work runs from the data date; what lies before it is already reported.
        var from = activity.ActualStart is not null && dataDate > start ? (dataDate < finish ? dataDate : finish) : start;
        return WindowShare.Between(For(activity), from, finish, window, activity.PercentComplete, 100);
    }
}
