namespace Gantry.Core.Costs;

/// <summary>A budget line's checked values (see <see cref="BudgetLineInput"/> for the unchecked form).</summary>
public sealed record BudgetLineValues(Guid?WbsNodeId, Guid?ActivityId, Guid CostCodeId, string Description, decimal Amount,
    DateOnly SpreadStart, DateOnly SpreadFinish);
