namespace Gantry.Interchange;

/// <summary>An expense on an activity: a cost that is not a resource's (P6 PROJCOST, e.g. a permit fee).</summary>
public sealed record ExpenseDetails
{
    /// <summary>Key of the expense (XER <c>cost_item_id</c>).</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
    public decimal PlannedCost { get; init; }
    public decimal ActualCost { get; init; }
    public decimal RemainingCost { get; init; }
}
