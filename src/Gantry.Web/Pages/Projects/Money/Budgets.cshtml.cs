using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Members;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Gantry.Web.Money;
using Gantry.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects.Money;

/// <summary>
/// Target cost (目标成本): budget versions with who approved them and when, the WBS × cost code grid of
/// the chosen version with totals, and, for a draft, grid entry (budget-grid.js saves every changed cell in
/// one request to the grid API) and lines spread over an activity or dates. Only cost controllers and PMs
/// edit; only the PM approves. Core re-checks every change.
/// </summary>
public sealed class BudgetsModel(GetProject getProject, ListBudgetVersions listVersions, ListBudgetLines listLines, ListCostCodes listCodes,
    GetSchedule getSchedule, ListMembers listMembers, CreateBudgetVersion createVersion, SaveBudgetLine saveLine, RemoveBudgetLine removeLine,
    ApproveBudgetVersion approveVersion, GetBudgetGrid getGrid, ImportBudgetGrid importGrid, IStringLocalizer<MoneyResource> text) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery(Name = "version")]
    public Guid? VersionId { get; set; }

    /// <summary>Filters the version list (a GET form, so it can be bookmarked and exported as shown).</summary>
    [FromQuery(Name = "status")]
    public BudgetStatus? StatusFilter { get; set; }

    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>The version list as filtered and sorted; <see cref="Versions"/> stays the whole list.</summary>
    public IReadOnlyList<BudgetVersionSummary> Shown { get; private set; } = [];

    public BudgetGrid? Grid { get; private set; }

    public ProjectDetails Project { get; private set; } = null!;

    public IReadOnlyList<BudgetVersionSummary> Versions { get; private set; } = [];

    public BudgetVersionSummary? Selected { get; private set; }

    public IReadOnlyList<BudgetLineSummary> Lines { get; private set; } = [];

    /// <summary>WBS rows of the grid: every node of the schedule plus "no WBS node" (Guid.Empty).</summary>
    public IReadOnlyList<(Guid Id, string Label)> Rows { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<SelectListItem> WbsOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ActivityOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CodeOptions { get; private set; } = [];

    [BindProperty]
    public BudgetLineForm Line { get; set; } = new();

    public bool CanEdit => Project.MyPermissions.Contains(Permission.EditCosts);

    public bool CanApprove => Project.MyPermissions.Contains(Permission.ApproveCosts);

    public bool IsDraft => Selected?.Status == BudgetStatus.Draft;

    /// <summary>A cell is typed into only when it holds at most one line; several lines (e.g. per activity) are edited in the list.</summary>
    public bool CellEditable(Guid? wbs, Guid code) => IsDraft && CanEdit && Lines.Count(l => l.WbsNodeId == wbs && l.CostCodeId == code) <= 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostCreateAsync(string? name, CancellationToken cancellationToken) =>
        ActAsync(async () => (await createVersion.ExecuteAsync(Id, name, cancellationToken)).Id, "Budget.Created", cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(int? version, CancellationToken cancellationToken) =>
        ActAsync(async () => (await approveVersion.ExecuteAsync(Id, ChosenVersion(), version, cancellationToken)).Id, "Budget.ApprovedDone",
            cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(Guid lineId, CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            await removeLine.ExecuteAsync(Id, ChosenVersion(), lineId, cancellationToken);
            return ChosenVersion();
        }, "Budget.LineRemoved", cancellationToken);

    public Task<IActionResult> OnPostLineAsync(CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            await saveLine.ExecuteAsync(Id, ChosenVersion(), null, Line.ToInput(), cancellationToken);
            return ChosenVersion();
        }, "Budget.LineSaved", cancellationToken);

    /// <summary>Reads a grid edited in Excel (the layout of <c>grid.xlsx</c>) into the draft, all or nothing.</summary>
    public Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            await using var stream = file?.OpenReadStream();
            await importGrid.ExecuteAsync(Id, ChosenVersion(), file?.FileName, stream, cancellationToken);
            return ChosenVersion();
        }, "Budget.GridSaved", cancellationToken);

    /// <summary>The version a form acts on is the page's ?version=; a post without one is refused naming that field, not a crash.</summary>
    private Guid ChosenVersion()
    {
        var validation = new Validation();
        var versionId = validation.Required("version", VersionId);
        validation.ThrowIfAny();
        return versionId;
    }

    /// <summary>Refusals of the budget's state or its values come back as a message on the page; 403 and 404 go to the error page.</summary>
    private async Task<IActionResult> ActAsync(Func<Task<Guid>> action, string done, CancellationToken cancellationToken)
    {
        try
        {
            var versionId = await action();
            TempData["Flash"] = text[done].Value;
            return Redirect($"~/projects/{Id}/costs/budgets?version={versionId}");
        }
        catch (GantryException refused) when (refused is ValidationFailedException or ConcurrencyConflictException)
        {
            TempData["Error"] = refused is ValidationFailedException failure ? string.Join(" ", failure.Errors.Select(e => e.Message)) : refused.Message;
            return Redirect($"~/projects/{Id}/costs/budgets" + (VersionId is { } v ? $"?version={v}" : string.Empty));
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        Versions = await listVersions.ExecuteAsync(Id, cancellationToken);
        Selected = Versions.FirstOrDefault(v => v.Id == VersionId) ?? Versions.FirstOrDefault(v => v.Status == BudgetStatus.Draft)
            ?? Versions.FirstOrDefault(v => v.Status == BudgetStatus.Approved) ?? (Versions.Count > 0 ? Versions[0] : null);
        VersionId = Selected?.Id;
        Shown = BudgetVersionFilter.Apply(Versions, StatusFilter, Sort);
        Lines = Selected is null ? [] : await listLines.ExecuteAsync(Id, Selected.Id, cancellationToken);
        Grid = Selected is null ? null : await getGrid.ExecuteAsync(Id, Selected.Id, cancellationToken);
        var codes = await listCodes.ExecuteAsync(Id, cancellationToken);
        var schedule = await getSchedule.ExecuteAsync(Id, cancellationToken);
        Rows = [.. schedule.Wbs.OrderBy(w => w.SortOrder).Select(w => (w.Id, $"{w.Code} {w.Name}")), (Guid.Empty, text["Costs.NoWbs"].Value)];
        Names = (await listMembers.ExecuteAsync(Id, cancellationToken)).ToDictionary(m => m.UserId, m => m.DisplayName);
        WbsOptions = schedule.Wbs.OrderBy(w => w.SortOrder).Select(w => new SelectListItem($"{w.Code} {w.Name}", w.Id.ToString())).ToArray();
        ActivityOptions = schedule.Activities.Select(a => new SelectListItem($"{a.Code} {a.Name}", a.Id.ToString())).ToArray();
        CodeOptions = codes.Where(c => c.IsActive).Select(c => new SelectListItem($"{c.Code} {c.Name}", c.Id.ToString())).ToArray();
    }
}
