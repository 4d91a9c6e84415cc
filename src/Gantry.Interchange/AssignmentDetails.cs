namespace Gantry.Interchange;

/// <summary>
/// A resource (or a role) on an activity with its quantities and costs. Units are hours of work
/// for labour and equipment and quantities for materials, as P6 keeps them; costs are in the
/// project currency.
/// </summary>
public sealed record AssignmentDetails
{
    /// <summary>Key of the assignment (XER <c>taskrsrc_id</c>, MSPDI assignment <c>UID</c>).</summary>
    public required string Id { get; init; }

    /// <summary>A key into <see cref="ScheduleDetails.Resources"/>; null for a role without a resource.</summary>
    public string? ResourceId { get; init; }

    /// <summary>The role's key in the source file (P6 <c>role_id</c>); roles are not modelled further.</summary>
    public string? RoleId { get; init; }
    public decimal PlannedUnits { get; init; }
    public decimal? PlannedUnitsPerHour { get; init; }
    public decimal ActualRegularUnits { get; init; }
    public decimal ActualOvertimeUnits { get; init; }
    public decimal RemainingUnits { get; init; }
    public decimal? RemainingUnitsPerHour { get; init; }
    public decimal? CostPerUnit { get; init; }
    public decimal PlannedCost { get; init; }
    public decimal ActualRegularCost { get; init; }
    public decimal ActualOvertimeCost { get; init; }
    public decimal RemainingCost { get; init; }
    public DateTime? ActualStart { get; init; }
    public DateTime? ActualFinish { get; init; }

    /// <summary>Delay of the remaining work after the activity start, in working minutes (P6 <c>relag_drtn_hr_cnt</c>).</summary>
    public long RemainingLagMinutes { get; init; }

    /// <summary>Delay of the planned work after the activity start, in working minutes (P6 <c>target_lag_drtn_hr_cnt</c>).</summary>
    public long PlannedLagMinutes { get; init; }
}
