using Gantry.Core.Costs;
using Gantry.Web.Funds;

namespace Gantry.Web.Money;

/// <summary>The budget version list's status filter and column sort, shared by the page and its Excel download.</summary>
public static class BudgetVersionFilter
{
    private static readonly Dictionary<string, Func<BudgetVersionSummary, IComparable?>> Columns = new(StringComparer.Ordinal)
    {
        ["number"] = v => v.Number,
        ["name"] = v => v.Name,
        ["status"] = v => (int)v.Status,
        ["approved"] = v => v.ApprovedAt,
        ["total"] = v => v.Total,
    };

    public static IReadOnlyList<BudgetVersionSummary> Apply(IEnumerable<BudgetVersionSummary> versions, BudgetStatus? status, string? sort) =>
        ListSort.Apply(versions.Where(v => status is null || v.Status == status), sort, Columns);
}
