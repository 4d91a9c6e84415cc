using Gantry.Core.Common;
using Gantry.Core.Funds;
using Gantry.Core.Members;
using Gantry.Core.Projects;
using Gantry.Web.Funds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects.Funds;

/// <summary>
/// One progress payment application: the owner's certification (approved value, retention, advance
/// recovery, invoice), the receipts against it, and the reversal of a mistaken receipt by a new record.
/// </summary>
public sealed class ApplicationModel(GetProject getProject, ListMembers listMembers, ListApplications listApplications, ListReceipts listReceipts,
    ApproveApplication approveApplication, RecordReceipt recordReceipt, ReverseReceipt reverseReceipt, TimeProvider clock,
    IStringLocalizer<FundsResource> text) : PageModel
{
    private static readonly Dictionary<string, string> ReceiptAliases = new(StringComparer.Ordinal) { ["receivedOn"] = "paidOn" };

    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public Guid ApplicationId { get; set; }

    [BindProperty]
    public ApplicationForm Approve { get; set; } = new();

    [BindProperty]
    public PayForm Receipt { get; set; } = new();

    public FundsViewer Viewer { get; private set; } = null!;

    public ApplicationSummary Application { get; private set; } = null!;

    public IReadOnlyList<ReceiptSummary> Receipts { get; private set; } = [];

    public bool CanApprove => Viewer.CanManageFunds && Application.Status == ApplicationStatus.Submitted;

    public bool CanReceive => Viewer.CanManageFunds && Application.Status == ApplicationStatus.Approved;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken)
    {
        try
        {
            var approved = await approveApplication.ExecuteAsync(Id, ApplicationId, Approve.ToInput(), cancellationToken);
            return Done("Application.ApprovedDone", approved.Number);
        }
        catch (ValidationFailedException failure)
        {
            FundsErrors.Add<ApplicationForm>(ModelState, failure, nameof(Approve));
        }
        catch (ConcurrencyConflictException conflict)
        {
            ModelState.AddModelError(string.Empty, conflict.Message);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            var received = await recordReceipt.ExecuteAsync(Id, ApplicationId, Receipt.Amount, Receipt.PaidOn, Receipt.OverrideReason, cancellationToken);
            return Done("Application.ReceivedDone", received.Number);
        }
        catch (ValidationFailedException failure)
        {
            FundsErrors.Add<PayForm>(ModelState, failure, nameof(Receipt), ReceiptAliases);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostReverseAsync(Guid receiptId, DateOnly? date, CancellationToken cancellationToken)
    {
        try
        {
            var after = await reverseReceipt.ExecuteAsync(Id, receiptId, date, cancellationToken);
            return Done("Application.ReversedDone", after.Number);
        }
        catch (ValidationFailedException failure)
        {
            TempData["Error"] = string.Join(" ", failure.Errors.Select(e => e.Message));
            return Redirect($"~/projects/{Id}/funds/applications/{ApplicationId}");
        }
    }

    private RedirectResult Done(string key, int number)
    {
        TempData["Flash"] = text[key, number].Value;
        return Redirect($"~/projects/{Id}/funds/applications/{ApplicationId}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Viewer = await FundsViewer.LoadAsync(getProject, listMembers, Id, User.Identity?.Name, cancellationToken);
        Application = (await listApplications.ExecuteAsync(Id, cancellationToken)).FirstOrDefault(a => a.Id == ApplicationId)
            ?? throw new NotFoundException("Entity_PaymentApplication");
        Receipts = await listReceipts.ExecuteAsync(Id, ApplicationId, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Approve.ApprovedAmount ??= Application.MeasuredAmount;
        Approve.AdvanceRecovery ??= 0m;
        Approve.ApprovedOn ??= today;
        Approve.Version ??= Application.Version;
        Receipt.Amount ??= Math.Max(0m, Application.NetDue - Application.Received);
        Receipt.PaidOn ??= today;
    }
}
