namespace Gantry.Interchange;

/// <summary>
/// The project a schedule belongs to, as a planner names it. Its dates (planned start, data date,
/// must-finish-by) live in the schedule's <see cref="Scheduling.ScheduleOptions"/>, where the
/// engine reads them; this record holds what the engine does not need.
/// </summary>
public sealed record ProjectDetails
{
    /// <summary>The key the source file gave the project (XER <c>proj_id</c>), if any.</summary>
    public string? Id { get; init; }

    /// <summary>P6 project ID (<c>proj_short_name</c>), MS Project title.</summary>
    public required string Code { get; init; }

    /// <summary>The full name (the P6 project node's WBS name, MS Project <c>Name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Currency short name of the cost figures (P6 <c>CURRTYPE.curr_short_name</c>).</summary>
    public string? Currency { get; init; }

    /// <summary>P6 default duration type for new activities (<c>def_duration_type</c>).</summary>
    public string? DefaultDurationType { get; init; }

    /// <summary>P6 default percent complete type (<c>def_complete_pct_type</c>).</summary>
    public string? DefaultPercentCompleteType { get; init; }
}
