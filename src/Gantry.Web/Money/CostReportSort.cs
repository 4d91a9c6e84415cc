using Gantry.Core.Costs;
using Gantry.Web.Funds;

namespace Gantry.Web.Money;

/// <summary>
/// Column sorting of the cost report, shared by the page and its Excel download. Without a sort the rows
/// keep the report's WBS × cost-code order, which is how a cost engineer reads the report; the total row
/// is never sorted in, it stays last.
/// </summary>
public static class CostReportSort
{
    private static readonly Dictionary<string, Func<CostReportRow, IComparable?>> Columns = new(StringComparer.Ordinal)
    {
        ["budget"] = r => r.Budget, ["committed"] = r => r.Committed, ["actual"] = r => r.Actual,
        ["forecast"] = r => r.Forecast, ["variance"] = r => r.Variance, ["margin"] = r => r.Margin,
    };

    public static IReadOnlyList<CostReportRow> Apply(IEnumerable<CostReportRow> rows, string? sort) => ListSort.Apply(rows, sort, Columns);
}
