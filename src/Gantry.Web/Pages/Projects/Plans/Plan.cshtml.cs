using System.Globalization;
using Gantry.Core.Common;
using Gantry.Core.Organisations;
using Gantry.Core.Permissions;
using Gantry.Core.Plans;
using Gantry.Web.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects.Plans;

/// <summary>
/// One plan: its items with their tasks and flagged differences, inline add and split, progress on a
/// published plan, and the approval steps the reader's role allows. Core decides again on every POST.
/// </summary>
public sealed class PlanModel(GetPlan getPlan, PermissionService permissions, ListOrganisations listOrganisations, IServiceProvider services,
    IStringLocalizer<PlanResource> text)
    : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public Guid PlanId { get; set; }

    public PlanDetails Plan { get; private set; } = null!;

    public bool CanApplyToMaster { get; private set; }

    /// <summary>For the responsible party of work not in the master, in the item editor of a draft.</summary>
    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    public bool CanRevise => Plan.Status == PlanStatus.Published && Plan.CanEdit;

    public bool Editable => Plan.Status == PlanStatus.Draft && Plan.CanEdit;

    public bool CanReport => Plan.Status == PlanStatus.Published && Plan.CanEdit;

    /// <summary>The editor row ("item-{id}" or "task-{id}") to open again after a refused edit.</summary>
    [TempData]
    public string? EditRow { get; set; }

    /// <summary>Why the reopened editor's entry was not saved (the field named, or the stale-version notice).</summary>
    [TempData]
    public string? EditError { get; set; }

    /// <summary>What the user typed in a stale edit, shown beside the current values so nothing he typed is lost.</summary>
    [TempData]
    public string? RejectedEntry { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Plan = await getPlan.ExecuteAsync(Id, PlanId, cancellationToken);
        var access = await permissions.FindProjectAccessAsync(Id, cancellationToken);
        CanApplyToMaster = Plan.Status == PlanStatus.Published && access?.Can(Permission.EditSchedule) == true;
        if (Editable && Plan.Items.Any(i => !i.InMaster))
        {
            Organisations = await listOrganisations.ExecuteAsync(cancellationToken);
        }
        return Page();
    }

    public Task<IActionResult> OnPostAddTaskAsync(Guid itemId, PlanTaskInput input, CancellationToken ct) =>
        Run<AddPlanTask>(u => u.ExecuteAsync(Id, PlanId, itemId, input, ct), "Flash.TaskAdded");

    public Task<IActionResult> OnPostRemoveTaskAsync(Guid itemId, Guid taskId, int? version, CancellationToken ct) =>
        Run<RemovePlanTask>(u => u.ExecuteAsync(Id, PlanId, itemId, taskId, version, ct), "Flash.Saved");

    public Task<IActionResult> OnPostAddItemAsync(PlanItemInput input, CancellationToken ct) =>
        Run<AddPlanItem>(u => u.ExecuteAsync(Id, PlanId, input, ct), "Flash.Saved");

    public Task<IActionResult> OnPostRemoveItemAsync(Guid itemId, int? version, CancellationToken ct) =>
        Run<RemovePlanItem>(u => u.ExecuteAsync(Id, PlanId, itemId, version, ct), "Flash.Saved");

    public Task<IActionResult> OnPostReportAsync(Guid itemId, Guid taskId, PlanProgressInput input, CancellationToken ct) =>
        Edit<ReportTaskProgress>($"task-{taskId}", u => u.ExecuteAsync(Id, PlanId, itemId, taskId, input, ct), PlanEntry.Of(input), "Flash.Reported");

    public Task<IActionResult> OnPostChangeTaskAsync(Guid itemId, Guid taskId, PlanTaskInput input, CancellationToken ct) =>
        Edit<ChangePlanTask>($"task-{taskId}", u => u.ExecuteAsync(Id, PlanId, itemId, taskId, input, ct), PlanEntry.Of(input), "Flash.Saved");

    /// <summary>The duration is typed in days; an untouched field keeps the stored minutes, so a save does not round them.</summary>
    public Task<IActionResult> OnPostChangeItemAsync(Guid itemId, PlanItemInput input, string? durationDays, string? shownDurationDays,
        long? durationMinutes, CancellationToken ct) =>
        Edit<ChangePlanItem>($"item-{itemId}", u => u.ExecuteAsync(Id, PlanId, itemId,
            Duration(input, durationDays, shownDurationDays, durationMinutes), ct), PlanEntry.Of(input, durationDays), "Flash.Saved");

    public Task<IActionResult> OnPostSubmitAsync(int? version, CancellationToken ct) =>
        Run<SubmitPlan>(u => u.ExecuteAsync(Id, PlanId, version, ct), "Flash.Submitted");

    public Task<IActionResult> OnPostApproveAsync(int? version, CancellationToken ct) =>
        Run<ApprovePlan>(u => u.ExecuteAsync(Id, PlanId, version, ct), "Flash.Approved");

    public Task<IActionResult> OnPostRejectAsync(string? reason, int? version, CancellationToken ct) =>
        Run<RejectPlan>(u => u.ExecuteAsync(Id, PlanId, reason, version, ct), "Flash.Rejected");

    public Task<IActionResult> OnPostPublishAsync(int? version, CancellationToken ct) =>
        Run<PublishPlan>(u => u.ExecuteAsync(Id, PlanId, version, ct), "Flash.Published");

    public async Task<IActionResult> OnPostReviseAsync(CancellationToken ct)
    {
        PlanDetails? revision = null;
        var error = await PlanRefusal.TryAsync(async () => revision = await services.GetRequiredService<RevisePlan>().ExecuteAsync(Id, PlanId, ct));
        TempData["Error"] = error;
        return Redirect($"~/projects/{Id}/plans/{revision?.Id ?? PlanId}");
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct)
    {
        PlanApplyResult? result = null;
        var error = await PlanRefusal.TryAsync(async () => result = await services.GetRequiredService<ApplyPlanToMaster>().ExecuteAsync(Id, PlanId, ct));
        TempData["Error"] = error;
        if (result is not null)
        {
            TempData["Flash"] = text["Flash.Applied", result.Applied.Count, result.Moved.Count].Value;
        }

        return Redirect($"~/projects/{Id}/plans/{PlanId}");
    }

    private async Task<IActionResult> Edit<TUseCase>(string row, Func<TUseCase, Task<PlanDetails>> command, string entry, string done) where TUseCase : notnull
    {
        var outcome = await PlanEdit.TryAsync(() => command(services.GetRequiredService<TUseCase>()));
        if (outcome.Error is null)
        {
            TempData["Flash"] = text[done].Value;
            return Redirect($"~/projects/{Id}/plans/{PlanId}#{row}");
        }

        if (outcome.Forbidden)
        {
            TempData["Error"] = outcome.Error;
            return Redirect($"~/projects/{Id}/plans/{PlanId}");
        }

        EditRow = row;
        EditError = outcome.Stale ? $"{outcome.Error} {text["Edit.Stale"].Value}" : outcome.Error;
        RejectedEntry = outcome.Stale ? entry : null;
        return Redirect($"~/projects/{Id}/plans/{PlanId}#{row}");
    }

    /// <summary>
    /// Days as typed, which Core counts in the project's working day; the shown value untouched keeps the
    /// stored minutes, so a save does not round them.
    /// </summary>
    private PlanItemInput Duration(PlanItemInput input, string? days, string? shownDays, long? storedMinutes)
    {
        if (string.IsNullOrWhiteSpace(days))
        {
            return input with { PlannedDurationMinutes = null, PlannedDurationDays = null };
        }

        if (string.Equals(days.Trim(), shownDays, StringComparison.Ordinal))
        {
            return input with { PlannedDurationMinutes = storedMinutes, PlannedDurationDays = null };
        }

        return double.TryParse(days, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? input with { PlannedDurationMinutes = null, PlannedDurationDays = value }
            : throw ValidationFailedException.For("plannedDurationMinutes", text["Edit.DaysNotANumber", days].Value);
    }

    private async Task<IActionResult> Run<TUseCase>(Func<TUseCase, Task<PlanDetails>> command, string done) where TUseCase : notnull
    {
        var error = await PlanRefusal.TryAsync(() => command(services.GetRequiredService<TUseCase>()));
        if (error is null)
        {
            TempData["Flash"] = text[done].Value;
        }
        else
        {
            TempData["Error"] = error;
        }

        return Redirect($"~/projects/{Id}/plans/{PlanId}");
    }
}
