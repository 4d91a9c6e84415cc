using Gantry.Core.Costs;

namespace Gantry.Web.Money;

/// <summary>
/// The layout of a budget grid in Excel: WBS code and name, one column per cost code headed
/// "code name", the row total, and a total row. The "no WBS node" row has the code "—".
/// </summary>
public static class BudgetGridSheet
{
    public const string NoWbsCode = "—";

    public const string TotalLabel = "合计 Total";

    public static IReadOnlyList<(string Header, double Width)> Columns(BudgetGrid grid) =>
        [("WBS", 12), ("WBS名称 WBS name", 28), .. grid.Columns.Select(c => ($"{c.Code} {c.Name}", 16d)), (TotalLabel, 18)];

    public static IEnumerable<object?[]> Rows(BudgetGrid grid) =>
        grid.Rows.Select(r => new object?[] { r.WbsNodeId is null ? NoWbsCode : r.WbsCode, r.WbsNodeId is null ? "无WBS No WBS node" : r.WbsName }
                .Concat(r.Amounts.Cast<object?>()).Append(r.Total).ToArray())
            .Append(new object?[] { TotalLabel, null }.Concat(grid.ColumnTotals.Cast<object?>()).Append(grid.Total).ToArray());
}
