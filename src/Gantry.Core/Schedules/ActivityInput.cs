using Gantry.Scheduling;

namespace Gantry.Core.Schedules;

/// <summary>
/// An activity as the planner enters it. Durations are working minutes on the activity's calendar;
/// dates are project wall-clock times. <see cref="Version"/> is required when changing one.
/// </summary>
public sealed record ActivityInput
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public Guid? WbsId { get; init; }

    public int? SortOrder { get; init; }

    public ActivityType? Type { get; init; }

    public Guid? CalendarId { get; init; }

    public long? OriginalDurationMinutes { get; init; }

    public long? RemainingDurationMinutes { get; init; }

    public double? PercentComplete { get; init; }

    public DateTime? ActualStart { get; init; }

    public DateTime? ActualFinish { get; init; }

    public DateTime? SuspendDate { get; init; }

    public DateTime? ResumeDate { get; init; }

    public ConstraintType? ConstraintType { get; init; }

    public DateTime? ConstraintDate { get; init; }

    public ConstraintType? SecondaryConstraintType { get; init; }

    public DateTime? SecondaryConstraintDate { get; init; }

    public DateTime? Deadline { get; init; }

    public Guid? ResponsibleOrganisationId { get; init; }

    public Guid? ResponsiblePersonId { get; init; }

    /// <summary>The contractual milestone date (合同节点日期); null: none agreed.</summary>
    public DateTime? ContractualDate { get; init; }

    /// <summary>Null keeps the current flag (false for a new activity).</summary>
    public bool? IsKeyMilestone { get; init; }

    public int? Version { get; init; }
}
