namespace Gantry.Core.Costs;

public sealed record BudgetLineSummary(Guid Id, Guid?WbsNodeId, Guid?ActivityId, Guid CostCodeId, string CostCode,
    string Description, decimal Amount, DateOnly SpreadStart, DateOnly SpreadFinish, int Version);
