using Gantry.Core.Costs;
using Gantry.Web.Funds;

namespace Gantry.Web.Money;

/// <summary>
/// The cost-code list's filter (code or name, category, active or not) and sort, shared by the page and
/// its Excel download so the file holds exactly the rows on screen. Without a sort the tree stays in code
/// order, parents before children, with each code's depth for indenting.
/// </summary>
public sealed record CostCodeFilter(string? Search, CostCategory? Category, bool? Active, string? Sort)
{
    private static readonly Dictionary<string, Func<(CostCodeSummary Code, int Depth), IComparable?>> Columns =
        new(StringComparer.Ordinal)
        {
            ["code"] = r => r.Code.Code,
            ["name"] = r => r.Code.Name,
            ["category"] = r => (int)r.Code.Category,
            ["active"] = r => r.Code.IsActive,
        };

    public IReadOnlyList<(CostCodeSummary Code, int Depth)> Apply(IReadOnlyList<CostCodeSummary> all)
    {
        var search = Search?.Trim() ?? string.Empty;
        var depth = new Dictionary<Guid, int>();
        var rows = new List<(CostCodeSummary, int)>();
        // Codes come parents first (hierarchical code order), so a parent's depth is known before its children's.
        foreach (var code in all)
        {
            var d = code.ParentId is { } parent ? depth.GetValueOrDefault(parent) + 1 : 0;
            depth[code.Id] = d;
            if ((search.Length == 0 || code.Code.Contains(search, StringComparison.OrdinalIgnoreCase)
                    || code.Name.Contains(search, StringComparison.OrdinalIgnoreCase))
                && (Category is null || code.Category == Category) && (Active is null || code.IsActive == Active))
            {
                rows.Add((code, d));
            }
        }

        return ListSort.Apply(rows, Sort, Columns);
    }
}
