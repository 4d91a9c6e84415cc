using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Funds;
using Gantry.Core.Members;
using Gantry.Core.Projects;
using Gantry.Web.Funds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects.Funds;

/// <summary>Progress payment applications to the owner (工程款申请), filtered by status and sorted by a column; the cost staff submit new ones here.</summary>
public sealed class ApplicationsModel(GetProject getProject, ListMembers listMembers, ListApplications listApplications,
    ListContracts listContracts, SubmitApplication submitApplication, IStringLocalizer<FundsResource> text) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery]
    public ApplicationStatus? Status { get; set; }

    [FromQuery]
    public string? Sort { get; set; }

    [BindProperty]
    public ApplicationForm Form { get; set; } = new();

    public FundsViewer Viewer { get; private set; } = null!;

    public IReadOnlyList<ApplicationSummary> Applications { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> ContractNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<SelectListItem> ContractOptions { get; private set; } = [];

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
                var submitted = await submitApplication.ExecuteAsync(Id, Form.ToInput(), cancellationToken);
                TempData["Flash"] = text["Application.SubmittedDone", submitted.Number].Value;
                return Redirect($"~/projects/{Id}/funds/applications/{submitted.Id}");
            }
            catch (ValidationFailedException failure)
            {
                FundsErrors.Add<ApplicationForm>(ModelState, failure, nameof(Form));
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Viewer = await FundsViewer.LoadAsync(getProject, listMembers, Id, User.Identity?.Name, cancellationToken);
        var contracts = await listContracts.ExecuteAsync(Id, ContractKind.Owner, cancellationToken);
        ContractNames = contracts.ToDictionary(c => c.Id, c => $"{c.Code} {c.Name}");
        ContractOptions = contracts.Where(c => c.Status == ContractStatus.InForce)
            .Select(c => new SelectListItem($"{c.Code} {c.Name}", c.Id.ToString())).ToList();
        Form.ContractId ??= contracts.FirstOrDefault(c => c.Status == ContractStatus.InForce)?.Id;
        var all = (await listApplications.ExecuteAsync(Id, cancellationToken)).Where(a => Status is null || a.Status == Status);
        Applications = ListSort.Apply(Sort is null ? all.OrderByDescending(a => a.Number) : all, Sort,
            new Dictionary<string, Func<ApplicationSummary, IComparable?>>(StringComparer.Ordinal)
            {
                ["number"] = a => a.Number,
                ["period"] = a => a.PeriodEnd,
                ["measured"] = a => a.MeasuredAmount,
                ["approved"] = a => a.ApprovedAmount,
                ["due"] = a => a.NetDue,
                ["received"] = a => a.Received,
                ["status"] = a => a.Status,
            });
    }
}
