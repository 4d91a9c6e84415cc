namespace Gantry.Interchange;

/// <summary>
/// The dates, float and critical flag the tool that wrote the file computed for one activity:
/// the oracle a Gantry run is compared with. Floats are working minutes; a null float means the
/// tool shows none (P6 completed activities).
/// </summary>
public sealed record StoredActivityDates
{
    /// <summary>Activity key: XER <c>task_id</c>, MSPDI <c>UID</c>; the engine's activity id.</summary>
    public required string Id { get; init; }
    public string? Code { get; init; }
    public string? Name { get; init; }

    /// <summary>Calendar of the activity (null = project default), to compare instants in working time.</summary>
    public string? CalendarId { get; init; }
    public DateTime? EarlyStart { get; init; }
    public DateTime? EarlyFinish { get; init; }
    public DateTime? LateStart { get; init; }
    public DateTime? LateFinish { get; init; }
    public long? TotalFloatMinutes { get; init; }
    public long? FreeFloatMinutes { get; init; }
    public bool Critical { get; init; }

    /// <summary>
    /// False when the tool did not schedule this activity by CPM (an MS Project manual task), so
    /// its dates say nothing about CPM and are not compared.
    /// </summary>
    public bool ScheduledByCpm { get; init; } = true;
}
