namespace Gantry.Core.Costs;

/// <summary>What one grid save did: lines added, changed and removed, and the budget version as it now stands.</summary>
public sealed record BudgetGridSaved(BudgetVersionSummary Budget, int Added, int Changed, int Removed);
