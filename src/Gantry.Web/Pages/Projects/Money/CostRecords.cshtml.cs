using Gantry.Core.Costs;
using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Gantry.Web.Money;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Projects.Money;

/// <summary>
/// What lies behind a figure of the cost report (the drill-down), newest first. The "committed"
/// figure is more than commitment records: it also counts signed cost contracts with their approved
/// variations and actual cost outside any contract, so that drill-down lists all three and adds them
/// up to the figure the user clicked.
/// </summary>
public sealed class CostRecordsModel(GetProject getProject, ListCostRecords listCostRecords, ListContracts listContracts,
    ListCostCodes listCostCodes, GetSchedule getSchedule) : PageModel
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

    /// <summary>Only for the committed figure: the signed cost contracts counted in it.</summary>
    public IReadOnlyList<CommittedContract> Contracts { get; private set; } = [];

    /// <summary>The cost code the list is narrowed to, to say so above the list.</summary>
    public CostCodeSummary? CostCode { get; private set; }

    /// <summary>"code name" of the WBS node the list is narrowed to; null when not narrowed or "no WBS node".</summary>
    public string? WbsLabel { get; private set; }

    /// <summary>"code name" of every WBS node, for the WBS column.</summary>
    public IReadOnlyDictionary<Guid, string> WbsLabels { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>What the listed lines add up to, net of VAT: the figure the user clicked.</summary>
    public decimal NetTotal => Records.Sum(r => r.NetAmount) + Contracts.Sum(c => c.Net);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        var query = new CostRecordQuery { WbsNodeId = WbsNodeId, CostCodeId = CostCodeId, Category = Category, Kind = Kind, Take = 1000 };
        Records = await listCostRecords.ExecuteAsync(Id, query, cancellationToken);
        var codes = await listCostCodes.ExecuteAsync(Id, cancellationToken);
        CostCode = codes.FirstOrDefault(c => c.Id == CostCodeId);
        WbsLabels = (await getSchedule.ExecuteAsync(Id, cancellationToken)).Wbs.ToDictionary(w => w.Id, w => $"{w.Code} {w.Name}");
        WbsLabel = WbsNodeId is { } wbs ? WbsLabels.GetValueOrDefault(wbs) : null;

        if (Kind == CostRecordKind.Commitment)
        {
            var actual = await listCostRecords.ExecuteAsync(Id, query with { Kind = CostRecordKind.Actual }, cancellationToken);
            Records = [.. Records, .. actual.Where(r => r.ContractId is null)];
            Contracts = await CommittedContractsAsync(codes, cancellationToken);
        }

        Records = Gantry.Web.Funds.ListSort.Apply(Records, Sort, new Dictionary<string, Func<CostRecordSummary, IComparable?>>(StringComparer.Ordinal)
        {
            ["date"] = r => r.Date, ["wbs"] = r => r.WbsNodeId is { } w ? WbsLabels.GetValueOrDefault(w) : null, ["kind"] = r => r.Kind.ToString(), ["source"] = r => r.Source.ToString(), ["code"] = r => r.CostCode,
            ["description"] = r => r.Description, ["amount"] = r => r.Amount, ["net"] = r => r.NetAmount,
        });
        if (Sort is null)
        {
            Records = [.. Records.OrderByDescending(r => r.Date)];
        }

        return Page();
    }

    /// <summary>The same contracts the report counts: in force, not the owner's, with a cost code, matching the filters.</summary>
    private async Task<IReadOnlyList<CommittedContract>> CommittedContractsAsync(IReadOnlyList<CostCodeSummary> codes,
        CancellationToken cancellationToken)
    {
        var byId = codes.ToDictionary(c => c.Id);
        var wbs = WbsNodeId == Guid.Empty ? null : WbsNodeId;
        return (await listContracts.ExecuteAsync(Id, cancellationToken: cancellationToken))
            .Where(c => c.Kind != ContractKind.Owner && c.Status == ContractStatus.InForce && c.CostCodeId is { } code
                && (CostCodeId is null || code == CostCodeId)
                && (Category is null || byId.GetValueOrDefault(code)?.Category == Category)
                && (WbsNodeId is null || c.WbsNodeId == wbs))
            .Select(c => new CommittedContract(c, byId.GetValueOrDefault(c.CostCodeId!.Value)?.Code ?? string.Empty,
                MoneyValidation.NetOfVat(c.Amount, c.VatRate) + c.ApprovedVariationsNet))
            .ToList();
    }
}
