namespace Gantry.Interchange;

/// <summary>
/// Project-level properties a writer gives back besides the scheduling options: names, the status
/// date, the default start and finish time of new tasks (minutes after midnight).
/// </summary>
public sealed record ProjectDetails
{
    public string? Name { get; init; }
    public string? Title { get; init; }
    public DateTime? StatusDate { get; init; }
    public DateTime? CurrentDate { get; init; }

    /// <summary>MS Project "schedule from project start" (false: from the finish date).</summary>
    public bool ScheduleFromStart { get; init; } = true;
    public int? DefaultStartMinute { get; init; }
    public int? DefaultFinishMinute { get; init; }

    /// <summary>MS Project "tasks will always honor their constraint dates".</summary>
    public bool HonorConstraints { get; init; }
}
