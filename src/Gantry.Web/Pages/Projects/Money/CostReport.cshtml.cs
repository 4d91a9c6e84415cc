using Gantry.Core.Costs;
using Gantry.Core.Funds;
using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Gantry.Web.Money;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Projects.Money;

/// <summary>The cost report (budget, committed, actual, forecast, variance) and the month-by-month cash flow of a project.</summary>
public sealed class CostReportModel(GetProject getProject, GetCostReport getCostReport, GetCashFlow getCashFlow, GetSchedule getSchedule)
    : PageModel
{
    public static readonly IReadOnlyList<CostReportGrouping> Groupings =
        [CostReportGrouping.Wbs, CostReportGrouping.CostCode, CostReportGrouping.Category, CostReportGrouping.WbsAndCostCode];

    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery]
    public CostReportGrouping Grouping { get; set; } = CostReportGrouping.Wbs;

    /// <summary>A column key ("budget", "variance_desc", ...); none keeps the report's WBS × cost-code order.</summary>
    [FromQuery]
    public string? Sort { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    public CostReport Report { get; private set; } = null!;

    /// <summary>The report's rows in the chosen column order (the total row stays in the footer).</summary>
    public IReadOnlyList<CostReportRow> Rows { get; private set; } = [];

    public CashFlow CashFlow { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> WbsNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        Report = await getCostReport.ExecuteAsync(Id, Grouping, cancellationToken);
        Rows = CostReportSort.Apply(Report.Rows, Sort);
        CashFlow = await getCashFlow.ExecuteAsync(Id, cancellationToken);
        var schedule = await getSchedule.ExecuteAsync(Id, cancellationToken);
        WbsNames = schedule.Wbs.ToDictionary(w => w.Id, w => $"{w.Code} {w.Name}");
        return Page();
    }

    /// <summary>The records behind one row's figure: the row's WBS node (Guid.Empty = none), cost code or category, and kind.</summary>
    public string RecordsUrl(CostReportRow row, CostRecordKind kind)
    {
        var query = new Dictionary<string, string?> { ["kind"] = kind.ToString() };
        if (Grouping is CostReportGrouping.Wbs or CostReportGrouping.WbsAndCostCode && !ReferenceEquals(row, Report.Total))
        {
            query["wbsNodeId"] = (row.WbsNodeId ?? Guid.Empty).ToString();
        }

        if (row.CostCodeId is { } code)
        {
            query["costCodeId"] = code.ToString();
        }
        else if (row.Category is { } category)
        {
            query["category"] = category.ToString();
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"/projects/{Id}/costs/records", query);
    }
}
