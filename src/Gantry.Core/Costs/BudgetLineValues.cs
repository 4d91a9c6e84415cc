namespace Gantry.Core.Costs;

/// <summary>A budget line's checked values (see <see cref="BudgetLineInput"/> for the unchecked form).</summary>
public sealed record BudgetLineValues(long? WbsNodeId, long? ActivityId, Guid CostCodeId, string Description, decimal Amount,
    DateOnly SpreadStart, DateOnly SpreadFinish);
