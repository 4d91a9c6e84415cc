namespace Gantry.Interchange;

/// <summary>
/// What a planner keeps on an activity besides its logic: WBS, resources, budget and the
/// baseline (planned) dates. The engine does not need these; exports and the health check do.
/// </summary>
public sealed record ActivityDetails
{
    /// <summary>The engine's activity id.</summary>
    public required string Id { get; init; }

    /// <summary>Dotted WBS code, e.g. <c>1.2.3</c>.</summary>
    public string? WbsCode { get; init; }

    /// <summary>Resource names, as the file lists them; the assignments themselves are in <see cref="ScheduleDetails.Assignments"/>.</summary>
    public IReadOnlyList<string> Resources { get; init; } = [];

    public decimal? Budget { get; init; }

    /// <summary>Baseline start: what the activity was planned to start at when the plan was agreed.</summary>
    public DateTime? PlannedStart { get; init; }

    /// <summary>Baseline finish; missed tasks and the baseline execution index are measured against it.</summary>
    public DateTime? PlannedFinish { get; init; }

    /// <summary>The activity's node in <see cref="ScheduleDetails.WbsNodes"/>; null when the file has no WBS.</summary>
    public string? WbsId { get; init; }

    /// <summary>P6 duration type (DT_FixedDrtn, DT_FixedQty, DT_FixedDUR2, DT_FixedRate), kept so a rewrite does not change how P6 recalculates units.</summary>
    public string? DurationType { get; init; }

    /// <summary>P6 percent complete type (CP_Drtn, CP_Units, CP_Phys).</summary>
    public string? PercentCompleteType { get; init; }

    public IReadOnlyList<ExpenseDetails> Expenses { get; init; } = [];

    public IReadOnlyList<ActivityCodeValue> ActivityCodes { get; init; } = [];

    /// <summary>User-defined field values (P6 UDFs, MS Project extended attributes).</summary>
    public IReadOnlyList<UserFieldValue> UserFields { get; init; } = [];

    /// <summary>Depth in the outline (1 = top level); null when the file has no outline (writers derive one from the WBS).</summary>
    public int? OutlineLevel { get; init; }

    /// <summary>How the duration is shown (2w, 10d, 3ed?); null = working days.</summary>
    public DurationDisplay? DurationDisplay { get; init; }

    /// <summary>
    /// Duration, actual and remaining duration to the second as the file wrote them (MS Project
    /// keeps seconds, <c>PT57H8M24S</c>); the engine works in whole minutes.
    /// </summary>
    public decimal? ExactDurationMinutes { get; init; }
    public decimal? ExactActualDurationMinutes { get; init; }
    public decimal? ExactRemainingDurationMinutes { get; init; }

    /// <summary>Total work of the activity's assignments, in minutes.</summary>
    public decimal? WorkMinutes { get; init; }

    /// <summary>The dates the file shows for the activity now (actual or forecast), as its tool computed them.</summary>
    public DateTime? Start { get; init; }
    public DateTime? Finish { get; init; }

    /// <summary>
    /// MS Project progress marks: where the done part stops and the rest resumes. The engine keeps
    /// only real splits (resume after stop); these keep what the file said.
    /// </summary>
    public DateTime? Stop { get; init; }
    public DateTime? Resume { get; init; }

    /// <summary>MS Project manual task: the engine pins it at its start, the file keeps it manual.</summary>
    public bool ManuallyScheduled { get; init; }

    /// <summary>The constraint as the file holds it, when the engine schedules the activity with another (a pinned manual task).</summary>
    public Scheduling.ScheduleConstraint? FileConstraint { get; init; }

    /// <summary>MS Project "ignore resource calendars": the duration, not the assignments, places the task.</summary>
    public bool IgnoresResourceCalendars { get; init; }

    /// <summary>Every saved baseline (0–10), baseline 0 included.</summary>
    public IReadOnlyList<BaselineValues> Baselines { get; init; } = [];
}
