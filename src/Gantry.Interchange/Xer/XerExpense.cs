namespace Gantry.Interchange.Xer;

/// <summary>A PROJCOST row: an expense item on an activity.</summary>
public sealed record XerExpense
{
    public required long Id { get; init; }
    public required long TaskId { get; init; }
    public long? ProjectId { get; init; }
    public required string Name { get; init; }
    public decimal PlannedCost { get; init; }
    public decimal ActualCost { get; init; }
    public decimal RemainingCost { get; init; }
    public required XerRow Row { get; init; }

    internal static XerExpense From(XerRow row, XerFields f) => new()
    {
        Id = f.Id(row, "cost_item_id"),
        TaskId = f.Id(row, "task_id"),
        ProjectId = f.OptionalId(row, "proj_id"),
        Name = f.Text(row, "cost_name"),
        PlannedCost = f.Number(row, "target_cost"),
        ActualCost = f.Number(row, "act_cost"),
        RemainingCost = f.Number(row, "remain_cost"),
        Row = row,
    };
}
