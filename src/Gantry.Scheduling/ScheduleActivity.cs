namespace Gantry.Scheduling;

/// <summary>
/// One activity as the planner entered it. Durations are working minutes on the activity's
/// calendar; dates are local wall-clock times with no time zone, as P6 and MS Project keep them.
/// </summary>
public sealed class ScheduleActivity
{
    /// <summary>Unique key (P6 task_id, MS Project UID).</summary>
    public required string Id { get; init; }

    /// <summary>The code the planner reads (P6 activity ID, MS Project ID).</summary>
    public string? Code { get; init; }

    public string? Name { get; init; }

    public ActivityType Type { get; init; } = ActivityType.Task;

    /// <summary>Key into the network's calendars; null means the project default calendar.</summary>
    public string? CalendarId { get; init; }

    /// <summary>Planned (at completion) duration in working minutes.</summary>
    public long OriginalDurationMinutes { get; init; }

    /// <summary>Work still to do; null means the original duration (not started).</summary>
    public long? RemainingDurationMinutes { get; init; }

    /// <summary>Duration runs in calendar time, nights and weekends included (MS Project "edays").</summary>
    public bool ElapsedDuration { get; init; }

    /// <summary>0 to 100; informative, the remaining duration drives the dates.</summary>
    public double PercentComplete { get; init; }

    public DateTime? ActualStart { get; init; }

    /// <summary>Set only when the activity is complete.</summary>
    public DateTime? ActualFinish { get; init; }

    /// <summary>P6 suspend date / MS Project stop: work paused from here ...</summary>
    public DateTime? SuspendDate { get; init; }

    /// <summary>... until here, when the remaining work resumes.</summary>
    public DateTime? ResumeDate { get; init; }

    public ScheduleConstraint PrimaryConstraint { get; init; }

    /// <summary>P6 secondary constraint; applied after the primary one.</summary>
    public ScheduleConstraint SecondaryConstraint { get; init; }

    /// <summary>MS Project deadline: pulls the late finish, never the early dates.</summary>
    public DateTime? Deadline { get; init; }

    /// <summary>P6 expected finish: used for the remaining duration when the option asks for it.</summary>
    public DateTime? ExpectedFinish { get; init; }

    /// <summary>
    /// Resources working on their own calendars; when there are any, they and not the durations
    /// above set the dates of the remaining work (see <see cref="ScheduleAssignment"/>).
    /// </summary>
    public IReadOnlyList<ScheduleAssignment> Assignments { get; init; } = [];

    /// <summary>The WBS summary activity this activity rolls up into, if any.</summary>
    public string? ParentId { get; init; }

    public bool IsStarted => ActualStart is not null;

    public bool IsComplete => ActualFinish is not null;

    public bool IsMilestone => Type is ActivityType.StartMilestone or ActivityType.FinishMilestone;
}
