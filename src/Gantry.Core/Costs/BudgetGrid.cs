namespace Gantry.Core.Costs;

/// <summary>
/// A budget version as the WBS × cost code grid: one row per WBS node in schedule order (plus the
/// "no WBS node" row, <see cref="BudgetGridRow.WbsNodeId"/> null), one column per cost code, with
/// row, column and grand totals.
/// </summary>
public sealed record BudgetGrid(BudgetVersionSummary Budget, IReadOnlyList<CostCodeSummary> Columns, IReadOnlyList<BudgetGridRow> Rows,
    IReadOnlyList<decimal> ColumnTotals, decimal Total);
