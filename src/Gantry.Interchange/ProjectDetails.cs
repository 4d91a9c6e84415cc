namespace Gantry.Interchange;

/// <summary>
/// The project a schedule belongs to, as a planner names it, and the project properties a writer
/// gives back besides the scheduling options. Its dates (planned start, data date, must-finish-by)
/// live in the schedule's <see cref="Scheduling.ScheduleOptions"/>, where the engine reads them.
/// </summary>
public sealed record ProjectDetails
{
    /// <summary>The key the source file gave the project (XER <c>proj_id</c>), if any.</summary>
    public string? Id { get; init; }

    /// <summary>P6 project ID (<c>proj_short_name</c>); null when the file has none (MS Project).</summary>
    public string? Code { get; init; }

    /// <summary>The full name (the P6 project node's WBS name, MS Project <c>Name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>MS Project <c>Title</c>, the name its project summary task shows.</summary>
    public string? Title { get; init; }

    /// <summary>Currency short name of the cost figures (P6 <c>CURRTYPE.curr_short_name</c>).</summary>
    public string? Currency { get; init; }

    /// <summary>P6 default duration type for new activities (<c>def_duration_type</c>).</summary>
    public string? DefaultDurationType { get; init; }

    /// <summary>P6 default percent complete type (<c>def_complete_pct_type</c>).</summary>
    public string? DefaultPercentCompleteType { get; init; }

    /// <summary>MS Project status date; when null, writers use the schedule's data date.</summary>
    public DateTime? StatusDate { get; init; }
    public DateTime? CurrentDate { get; init; }

    /// <summary>MS Project "schedule from project start" (false: from the finish date).</summary>
    public bool ScheduleFromStart { get; init; } = true;

    /// <summary>Default start and finish time of new tasks, in minutes after midnight (MS Project).</summary>
    public int? DefaultStartMinute { get; init; }
    public int? DefaultFinishMinute { get; init; }

    /// <summary>MS Project "tasks will always honor their constraint dates".</summary>
    public bool HonorConstraints { get; init; }
}
