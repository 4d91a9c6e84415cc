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
public sealed class PlanModel(GetPlan getPlan, PermissionService permissions, IServiceProvider services, IStringLocalizer<PlanResource> text)
    : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public Guid PlanId { get; set; }

    public PlanDetails Plan { get; private set; } = null!;

    public bool CanApplyToMaster { get; private set; }

    public bool CanRevise => Plan.Status == PlanStatus.Published && Plan.CanEdit;

    public bool Editable => Plan.Status == PlanStatus.Draft && Plan.CanEdit;

    public bool CanReport => Plan.Status == PlanStatus.Published && Plan.CanEdit;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Plan = await getPlan.ExecuteAsync(Id, PlanId, cancellationToken);
        var access = await permissions.FindProjectAccessAsync(Id, cancellationToken);
        CanApplyToMaster = Plan.Status == PlanStatus.Published && access?.Can(Permission.EditSchedule) == true;
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
        Run<ReportTaskProgress>(u => u.ExecuteAsync(Id, PlanId, itemId, taskId, input, ct), "Flash.Reported");

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
