using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Gantry.Web.Money;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects.Money;

/// <summary>
/// The cost breakdown tree (成本科目): add a code under any other, rename or move it, deactivate it,
/// delete it while nothing uses it. Anyone on the project reads it; cost controllers and PMs edit.
/// </summary>
public sealed class CostCodesModel(GetProject getProject, ListCostCodes listCodes, SaveCostCode saveCode, SetCostCodeActive setActive,
    RemoveCostCode removeCode, IStringLocalizer<MoneyResource> text) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>Filters the list by code or name (a GET form, so it can be bookmarked).</summary>
    [FromQuery(Name = "q")]
    public string? Search { get; set; }

    [FromQuery(Name = "category")]
    public CostCategory? Category { get; set; }

    [FromQuery(Name = "active")]
    public bool? Active { get; set; }

    /// <summary>Column sort (<c>code</c>, <c>name</c>, <c>category</c>, <c>active</c>, <c>_desc</c> for descending); none keeps the tree.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    /// <summary>The tree in code order with each code's depth, for indenting.</summary>
    public IReadOnlyList<(CostCodeSummary Code, int Depth)> Codes { get; private set; } = [];

    public IReadOnlyList<CostCodeSummary> All { get; private set; } = [];

    public bool CanEdit => Project.MyPermissions.Contains(Permission.EditCosts);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        All = await listCodes.ExecuteAsync(Id, cancellationToken);
        Codes = new CostCodeFilter(Search, Category, Active, Sort).Apply(All);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid? codeId, Guid? parentId, string? code, string? name, CostCategory? category, int? version,
        CancellationToken cancellationToken) =>
        ActAsync(async () => await saveCode.ExecuteAsync(Id, codeId, new CostCodeInput
        {
            ParentId = parentId, Code = code, Name = name, Category = category, Version = version,
        }, cancellationToken), codeId is null ? "Codes.Added" : "Codes.Saved");

    public Task<IActionResult> OnPostActiveAsync(Guid codeId, bool active, int? version, CancellationToken cancellationToken) =>
        ActAsync(async () => await setActive.ExecuteAsync(Id, codeId, active, version, cancellationToken), active ? "Codes.Activated" : "Codes.Deactivated");

    public Task<IActionResult> OnPostRemoveAsync(Guid codeId, CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            await removeCode.ExecuteAsync(Id, codeId, cancellationToken);
            return null;
        }, "Codes.Removed");

    private async Task<IActionResult> ActAsync(Func<Task<CostCodeSummary?>> action, string done)
    {
        try
        {
            var code = await action();
            TempData["Flash"] = text[done, code?.Code ?? string.Empty].Value;
        }
        catch (GantryException refused) when (refused is ValidationFailedException or ConcurrencyConflictException)
        {
            TempData["Error"] = refused is ValidationFailedException failure ? string.Join(" ", failure.Errors.Select(e => e.Message)) : refused.Message;
        }

        return Redirect($"~/projects/{Id}/costs/codes");
    }
}
