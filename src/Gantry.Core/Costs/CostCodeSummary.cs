namespace Gantry.Core.Costs;

public sealed record CostCodeSummary(Guid Id, Guid? ParentId, string Code, string Name, CostCategory Category, int Version, bool IsActive = true);
