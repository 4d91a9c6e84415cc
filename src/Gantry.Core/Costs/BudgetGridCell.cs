namespace Gantry.Core.Costs;

/// <summary>
/// One changed cell of the WBS × cost code grid as the user typed or pasted it. <see cref="Amount"/> is
/// the text itself (empty clears the cell) so that "abc" pasted from Excel is refused naming its cell
/// instead of failing the whole request as unreadable JSON.
/// </summary>
public sealed record BudgetGridCell
{
    /// <summary>The WBS node of the row; null for the "no WBS node" row.</summary>
    public Guid? WbsNodeId { get; init; }

    public Guid? CostCodeId { get; init; }

    public string? Amount { get; init; }
}
