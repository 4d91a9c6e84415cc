namespace Gantry.Core.Costs;

/// <summary>One WBS row of a <see cref="BudgetGrid"/>: the amount under each column, in column order, and the row total.</summary>
public sealed record BudgetGridRow(Guid? WbsNodeId, string WbsCode, string WbsName, IReadOnlyList<decimal> Amounts, decimal Total);
