namespace Gantry.Interchange.Xer;

/// <summary>A TASKRSRC row: a resource or role on an activity with its quantities and costs.</summary>
public sealed record XerAssignment
{
    public required long Id { get; init; }
    public required long TaskId { get; init; }
    public long? ProjectId { get; init; }
    public long? ResourceId { get; init; }
    public long? RoleId { get; init; }
    public decimal PlannedUnits { get; init; }
    public decimal RemainingUnits { get; init; }

    /// <summary>Remaining units per hour: 1 is full time on the resource's calendar.</summary>
    public decimal? RemainingUnitsPerHour { get; init; }

    /// <summary>Remaining lag of the assignment after the activity start, in hours.</summary>
    public decimal RemainingLagHours { get; init; }
    public decimal ActualRegularUnits { get; init; }
    public decimal ActualOvertimeUnits { get; init; }
    public decimal CostPerUnit { get; init; }

    /// <summary>The assignment's own price per unit; null when the file leaves it to the resource's rate.</summary>
    public decimal? CostPerUnitGiven { get; init; }
    public decimal? PlannedUnitsPerHour { get; init; }

    /// <summary>Planned lag of the assignment after the activity start, in hours.</summary>
    public decimal PlannedLagHours { get; init; }
    public decimal PlannedCost { get; init; }
    public decimal ActualRegularCost { get; init; }
    public decimal ActualOvertimeCost { get; init; }
    public decimal RemainingCost { get; init; }
    public DateTime? ActualStart { get; init; }
    public DateTime? ActualFinish { get; init; }
    public required XerRow Row { get; init; }

    internal static XerAssignment From(XerRow row, XerFields f) => new()
    {
        Id = f.Id(row, "taskrsrc_id"),
        TaskId = f.Id(row, "task_id"),
        ProjectId = f.OptionalId(row, "proj_id"),
        ResourceId = f.OptionalId(row, "rsrc_id"),
        RoleId = f.OptionalId(row, "role_id"),
        PlannedUnits = f.Number(row, "target_qty"),
        RemainingUnits = f.Number(row, "remain_qty"),
        RemainingUnitsPerHour = f.OptionalNumber(row, "remain_qty_per_hr"),
        RemainingLagHours = f.Number(row, "relag_drtn_hr_cnt"),
        ActualRegularUnits = f.Number(row, "act_reg_qty"),
        ActualOvertimeUnits = f.Number(row, "act_ot_qty"),
        CostPerUnit = f.Number(row, "cost_per_qty"),
        CostPerUnitGiven = f.OptionalNumber(row, "cost_per_qty"),
        PlannedUnitsPerHour = f.OptionalNumber(row, "target_qty_per_hr"),
        PlannedLagHours = f.Number(row, "target_lag_drtn_hr_cnt"),
        PlannedCost = f.Number(row, "target_cost"),
        ActualRegularCost = f.Number(row, "act_reg_cost"),
        ActualOvertimeCost = f.Number(row, "act_ot_cost"),
        RemainingCost = f.Number(row, "remain_cost"),
        ActualStart = f.Date(row, "act_start_date"),
        ActualFinish = f.Date(row, "act_end_date"),
        Row = row,
    };
}
