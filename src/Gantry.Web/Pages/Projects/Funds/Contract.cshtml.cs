using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Members;
using Gantry.Web.Funds;
using Gantry.Core.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects.Funds;

/// <summary>
/// One contract with its variations and site instructions (签证/变更): the cost staff add them, the PM
/// approves or rejects; only approved ones change the current value. The PM signs a draft here.
/// </summary>
public sealed class ContractModel(GetProject getProject, ListMembers listMembers, ListContracts listContracts, ListVariations listVariations,
    AddVariation addVariation, DecideVariation decideVariation, SignContract signContract, TimeProvider clock,
    IStringLocalizer<FundsResource> text) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public Guid ContractId { get; set; }

    [BindProperty]
    public VariationForm Variation { get; set; } = new();

    public FundsViewer Viewer { get; private set; } = null!;

    public ContractSummary Contract { get; private set; } = null!;

    public IReadOnlyList<VariationSummary> Variations { get; private set; } = [];

    public bool CanSign => Viewer.CanApproveContracts && Contract.Status == ContractStatus.Draft;

    public bool CanAddVariation => Viewer.CanEditContracts && Contract.Status == ContractStatus.InForce;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostVariationAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var added = await addVariation.ExecuteAsync(Id, ContractId, Variation.ToInput(), cancellationToken);
                TempData["Flash"] = text["Variation.AddedDone", added.Code].Value;
                return Redirect($"~/projects/{Id}/funds/contracts/{ContractId}");
            }
            catch (ValidationFailedException failure)
            {
                FundsErrors.Add<VariationForm>(ModelState, failure, nameof(Variation));
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostDecideAsync(Guid variationId, bool approve, int? version, CancellationToken cancellationToken) =>
        StepAsync(async () => text[approve ? "Variation.ApprovedDone" : "Variation.RejectedDone",
            (await decideVariation.ExecuteAsync(Id, variationId, approve, version, cancellationToken)).Code].Value);

    public Task<IActionResult> OnPostSignAsync(DateOnly? signedOn, int? version, CancellationToken cancellationToken) =>
        StepAsync(async () => text["Contract.SignedDone", (await signContract.ExecuteAsync(Id, ContractId, signedOn, version, cancellationToken)).Code].Value);

    private async Task<IActionResult> StepAsync(Func<Task<string>> step)
    {
        try
        {
            TempData["Flash"] = await step();
        }
        catch (GantryException refused) when (refused is ValidationFailedException or ConcurrencyConflictException)
        {
            TempData["Error"] = refused is ValidationFailedException failure
                ? string.Join(" ", failure.Errors.Select(e => e.Message))
                : refused.Message;
        }

        return Redirect($"~/projects/{Id}/funds/contracts/{ContractId}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Viewer = await FundsViewer.LoadAsync(getProject, listMembers, Id, User.Identity?.Name, cancellationToken);
        Contract = (await listContracts.ExecuteAsync(Id, cancellationToken: cancellationToken)).FirstOrDefault(c => c.Id == ContractId)
            ?? throw new NotFoundException("Entity_Contract");
        Variations = await listVariations.ExecuteAsync(Id, ContractId, cancellationToken);
        Variation.Date ??= DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }
}
