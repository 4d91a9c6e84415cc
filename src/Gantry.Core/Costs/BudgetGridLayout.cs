namespace Gantry.Core.Costs;

/// <summary>
/// The budget grid's Excel layout, shared by the download and the import so a downloaded grid can be
/// edited in Excel and uploaded again: column A the WBS code ("—" for no WBS node), B its name, then
/// one column per cost code headed "code name", then the row total; a last row of totals.
/// </summary>
public static class BudgetGridLayout
{
    public const string NoWbsCode = "—";

    public const string NoWbsName = "无WBS No WBS node";

    public const string TotalLabel = "合计 Total";

    /// <summary>The first cost-code column (C): A and B hold the WBS code and name.</summary>
    public const int FirstCodeColumn = 3;
}
