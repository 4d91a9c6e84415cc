using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Members;
using Gantry.Core.Organisations;
using Gantry.Core.Projects;
using Gantry.Web.Funds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects.Funds;

/// <summary>
/// The owner contract, subcontracts and purchase contracts with their current value (signed amount
/// plus approved variations); a subcontractor or supplier sees only its own (Core filters). The cost
/// staff add draft contracts here; the PM signs them on the contract's page.
/// </summary>
public sealed class ContractsModel(GetProject getProject, ListMembers listMembers, ListContracts listContracts, ListOrganisations listOrganisations,
    ListCostCodes listCostCodes, SaveContract saveContract, IStringLocalizer<FundsResource> text) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery]
    public ContractKind? Kind { get; set; }

    [FromQuery]
    public ContractStatus? Status { get; set; }

    [FromQuery]
    public string? Q { get; set; }

    [FromQuery]
    public string? Sort { get; set; }

    [BindProperty]
    public ContractForm Form { get; set; } = new();

    public FundsViewer Viewer { get; private set; } = null!;

    public IReadOnlyList<ContractSummary> Contracts { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PartyOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CostCodeOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var saved = await saveContract.ExecuteAsync(Id, null, Form.ToInput(), cancellationToken);
                TempData["Flash"] = text["Contract.SavedDone", saved.Code].Value;
                return Redirect($"~/projects/{Id}/funds/contracts/{saved.Id}");
            }
            catch (ValidationFailedException failure)
            {
                FundsErrors.Add<ContractForm>(ModelState, failure, nameof(Form));
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Viewer = await FundsViewer.LoadAsync(getProject, listMembers, Id, User.Identity?.Name, cancellationToken);
        var all = (await listContracts.ExecuteAsync(Id, Kind, cancellationToken)).Where(c => (Status is null || c.Status == Status)
            && (string.IsNullOrWhiteSpace(Q) || c.Code.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase)
                || c.Name.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase) || c.Counterparty.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase)));
        Contracts = ListSort.Apply(all, Sort, new Dictionary<string, Func<ContractSummary, IComparable?>>(StringComparer.Ordinal)
        {
            ["code"] = c => c.Code,
            ["kind"] = c => c.Kind,
            ["party"] = c => c.Counterparty,
            ["amount"] = c => c.Amount,
            ["variations"] = c => c.ApprovedVariations,
            ["current"] = c => c.CurrentValue,
            ["status"] = c => c.Status,
        });
        if (!Viewer.CanEditContracts)
        {
            return;
        }

        PartyOptions = (await listOrganisations.ExecuteAsync(cancellationToken)).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
        CostCodeOptions = (await listCostCodes.ExecuteAsync(Id, cancellationToken))
            .Select(c => new SelectListItem($"{c.Code} {c.Name}", c.Id.ToString())).ToList();
    }
}
