using Gantry.Core.Costs;
using Gantry.Core.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Projects.Money;

/// <summary>The cost records behind a figure of the cost report (the drill-down), newest first.</summary>
public sealed class CostRecordsModel(GetProject getProject, ListCostRecords listCostRecords) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>Guid.Empty means "no WBS node", as in Core's query.</summary>
    [FromQuery]
    public Guid? WbsNodeId { get; set; }

    [FromQuery]
    public Guid? CostCodeId { get; set; }

    [FromQuery]
    public CostCategory? Category { get; set; }

    [FromQuery]
    public CostRecordKind? Kind { get; set; }

    [FromQuery]
    public string? Sort { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    public IReadOnlyList<CostRecordSummary> Records { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        Records = await listCostRecords.ExecuteAsync(Id, new CostRecordQuery
        {
            WbsNodeId = WbsNodeId,
            CostCodeId = CostCodeId,
            Category = Category,
            Kind = Kind,
            Take = 1000,
        }, cancellationToken);
        Records = Gantry.Web.Funds.ListSort.Apply(Records, Sort, new Dictionary<string, Func<CostRecordSummary, IComparable?>>(StringComparer.Ordinal)
        {
            ["date"] = r => r.Date, ["kind"] = r => r.Kind.ToString(), ["source"] = r => r.Source.ToString(), ["code"] = r => r.CostCode,
            ["description"] = r => r.Description, ["amount"] = r => r.Amount, ["net"] = r => r.NetAmount,
        });
        return Page();
    }
}
