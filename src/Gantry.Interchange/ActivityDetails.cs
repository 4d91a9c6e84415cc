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

    /// <summary>Resource names, as the file lists them.</summary>
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

    /// <summary>Resource and role assignments with their units and costs.</summary>
    public IReadOnlyList<AssignmentDetails> Assignments { get; init; } = [];

    public IReadOnlyList<ExpenseDetails> Expenses { get; init; } = [];

    public IReadOnlyList<ActivityCodeValue> ActivityCodes { get; init; } = [];

    public IReadOnlyList<UserFieldValue> UserFields { get; init; } = [];
}
