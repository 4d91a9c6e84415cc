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
}
