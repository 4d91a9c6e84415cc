namespace Gantry.Scheduling;

/// <summary>
/// A resource working on an activity on the resource's own calendar (MS Project assignments on
/// an auto-scheduled task that does not ignore resource calendars; P6 resource-dependent
/// activities). An activity with assignments runs each of them from its start and spans them:
/// it starts at the earliest assignment start and finishes at the latest assignment finish.
/// </summary>
public sealed class ScheduleAssignment
{
    /// <summary>The resource, for messages and reports only.</summary>
    public string? ResourceId { get; init; }

    /// <summary>The resource's calendar; null means the activity's own calendar.</summary>
    public string? CalendarId { get; init; }

    /// <summary>Work still to do, in working minutes of the resource.</summary>
    public long RemainingWorkMinutes { get; init; }

    /// <summary>Share of the resource's working time spent here (1 = full time, 0.5 = half time).</summary>
    public double Units { get; init; } = 1;

    /// <summary>
    /// The assignment's own working duration on its calendar, when it is not simply work / units
    /// (a contoured assignment spreads its work over a longer span). Null derives it from work / units.
    /// </summary>
    public long? DurationMinutes { get; init; }
}
