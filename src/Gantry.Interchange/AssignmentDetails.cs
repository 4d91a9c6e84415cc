namespace Gantry.Interchange;

/// <summary>
/// A resource (or a role) on an activity with its rate, work and costs, kept whole even where the
/// engine leaves it out (materials, cost resources, placeholders). Work is in minutes as MS Project
/// keeps it; P6 keeps hours, which are 60 minutes each, and a material's quantity is on the same
/// scale (one unit = 60), so both files come back exact. Costs are in the project currency.
/// </summary>
public sealed record AssignmentDetails
{
    /// <summary>Key of the assignment (XER <c>taskrsrc_id</c>, MSPDI <c>UID</c>); null lets a writer number it.</summary>
    public string? Id { get; init; }

    /// <summary>The engine's id of the activity the assignment is on.</summary>
    public required string ActivityId { get; init; }

    /// <summary>A key into <see cref="ScheduleDetails.Resources"/>; null for a role without a resource or MS Project's "unassigned" placeholder.</summary>
    public string? ResourceId { get; init; }

    /// <summary>The role's key in the source file (P6 <c>role_id</c>); roles are not modelled further.</summary>
    public string? RoleId { get; init; }

    /// <summary>Units per hour: the share of the resource's time, 1 = 100 % (P6 <c>target_qty_per_hr</c>, MS Project <c>Units</c>).</summary>
    public decimal? UnitsPerHour { get; init; }

    /// <summary>Units per hour of the remaining work (P6 <c>remain_qty_per_hr</c>).</summary>
    public decimal? RemainingUnitsPerHour { get; init; }

    /// <summary>Planned work (P6 <c>target_qty</c>, MS Project <c>Work</c>).</summary>
    public decimal? WorkMinutes { get; init; }

    /// <summary>Actual work at regular rates (P6 <c>act_reg_qty</c>; MS Project <c>ActualWork</c> less overtime).</summary>
    public decimal? ActualWorkMinutes { get; init; }

    /// <summary>Actual overtime work (P6 <c>act_ot_qty</c>).</summary>
    public decimal ActualOvertimeWorkMinutes { get; init; }
    public decimal? RemainingWorkMinutes { get; init; }

    /// <summary>The assignment's own price per unit; null when it takes the resource's rate (P6 <c>cost_per_qty</c>).</summary>
    public decimal? CostPerUnit { get; init; }

    /// <summary>Budgeted cost (P6 <c>target_cost</c>).</summary>
    public decimal PlannedCost { get; init; }
    public decimal ActualRegularCost { get; init; }
    public decimal ActualOvertimeCost { get; init; }
    public decimal RemainingCost { get; init; }

    /// <summary>Cost at completion as the file's tool computed it (MS Project <c>Cost</c>); null when the file splits costs as P6 does.</summary>
    public decimal? Cost { get; init; }

    /// <summary>When the assignment's work starts and finishes now, as the file's tool computed it (MS Project).</summary>
    public DateTime? Start { get; init; }
    public DateTime? Finish { get; init; }
    public DateTime? ActualStart { get; init; }
    public DateTime? ActualFinish { get; init; }

    /// <summary>Delay of the remaining work after the activity start, in working minutes (P6 <c>relag_drtn_hr_cnt</c>).</summary>
    public long RemainingLagMinutes { get; init; }

    /// <summary>Delay of the planned work after the activity start, in working minutes (P6 <c>target_lag_drtn_hr_cnt</c>).</summary>
    public long PlannedLagMinutes { get; init; }

    /// <summary>MS Project work contour: 0 flat, 1–8 the shaped ones. P6 works evenly.</summary>
    public int WorkContour { get; init; }

    /// <summary>Cost at completion: the file's own figure, else actual plus remaining.</summary>
    public decimal AtCompletionCost => Cost ?? ActualRegularCost + ActualOvertimeCost + RemainingCost;
}
