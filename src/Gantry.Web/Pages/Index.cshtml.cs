using Gantry.Core.Common;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages;

/// <summary>The portfolio: every project the user may see, searchable and sortable by the column headers.</summary>
public sealed class PortfolioModel(ListPortfolio listPortfolio, PermissionService permissions) : PageModel
{
    private static readonly Dictionary<string, PortfolioSort> SortKeys = new(StringComparer.Ordinal)
    {
        ["code"] = PortfolioSort.Code,
        ["name"] = PortfolioSort.Name,
        ["status"] = PortfolioSort.Status,
        ["start"] = PortfolioSort.PlannedStart,
        ["finish"] = PortfolioSort.PlannedFinish,
        ["amount"] = PortfolioSort.ContractAmount,
    };

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    /// <summary>A column key, with "_desc" for descending; unknown keys fall back to the code.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [FromQuery(Name = "archived")]
    public bool IncludeArchived { get; set; }

    public IReadOnlyList<ProjectSummary> Rows { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var descending = Sort?.EndsWith("_desc", StringComparison.Ordinal) == true;
        var key = descending ? Sort![..^"_desc".Length] : Sort ?? "code";
        var sort = SortKeys.GetValueOrDefault(key, PortfolioSort.Code);
        try
        {
            Rows = await listPortfolio.ExecuteAsync(new PortfolioQuery
            {
                Search = Query,
                IncludeArchived = IncludeArchived,
                Sort = sort,
                Descending = descending,
            }, cancellationToken);
        }
        catch (ValidationFailedException failure)
        {
            // Only the search text can be wrong here (too long); say so instead of showing nothing.
            ModelState.AddModelError(string.Empty, failure.Message);
        }

        CanCreate = await permissions.CanCreateProjectsAsync(cancellationToken);
    }
}
