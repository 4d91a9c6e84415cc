using Gantry.Core.Costs;

namespace Gantry.Web.Money;

/// <summary>
/// The layout of a budget grid in Excel: WBS code and name, one column per cost code headed
/// "code name", the row total, and a total row (<see cref="BudgetGridLayout"/>, which the import reads back).
/// </summary>
public static class BudgetGridSheet
{
    public static IReadOnlyList<(string Header, double Width)> Columns(BudgetGrid grid) =>
        [("WBS", 12), ("WBS名称 WBS name", 28), .. grid.Columns.Select(c => ($"{c.Code} {c.Name}", 16d)), (BudgetGridLayout.TotalLabel, 18)];

    public static IEnumerable<object?[]> Rows(BudgetGrid grid) =>
        grid.Rows.Select(r => new object?[] { r.WbsNodeId is null ? BudgetGridLayout.NoWbsCode : r.WbsCode, r.WbsNodeId is null ? BudgetGridLayout.NoWbsName : r.WbsName }
                .Concat(r.Amounts.Cast<object?>()).Append(r.Total).ToArray())
            .Append(new object?[] { BudgetGridLayout.TotalLabel, null }.Concat(grid.ColumnTotals.Cast<object?>()).Append(grid.Total).ToArray());
}
