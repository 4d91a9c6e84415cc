namespace Gantry.Scheduling;

/// <summary>
/// The computed dates of one activity. Starts are the first working instant, finishes the
/// instant work ends (17:00, not the next morning), as P6 shows them. Floats are working
/// minutes on the activity's own calendar; null for completed activities, which have none.
/// </summary>
public sealed class ActivityResult
{
    public required string Id { get; init; }

    public DateTime EarlyStart { get; init; }

    public DateTime EarlyFinish { get; init; }

    public DateTime LateStart { get; init; }

    public DateTime LateFinish { get; init; }

    /// <summary>Start of the remaining work (P6 restart_date); equals EarlyStart when not started.</summary>
    public DateTime RemainingEarlyStart { get; init; }

    /// <summary>Finish of the remaining work (P6 reend_date).</summary>
    public DateTime RemainingEarlyFinish { get; init; }

    public DateTime RemainingLateStart { get; init; }

    public DateTime RemainingLateFinish { get; init; }

    /// <summary>Per the run's <see cref="FloatType"/>; negative when a constraint cannot be met.</summary>
    public long? TotalFloatMinutes { get; init; }

    public long? FreeFloatMinutes { get; init; }

    public bool Critical { get; init; }

    /// <summary>On the longest path: the chain of driving links into the project finish.</summary>
    public bool OnLongestPath { get; init; }

    /// <summary>Predecessors whose link sets this activity's early dates.</summary>
    public IReadOnlyList<string> DrivingPredecessorIds { get; init; } = [];

    /// <summary>Float path number (1 = most critical), 0 when not on one of the computed paths.</summary>
    public int FloatPath { get; init; }

    /// <summary>Order of the activity within its float path, 0 when on none.</summary>
    public int FloatPathOrder { get; init; }
}
