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
/// One payment request: request → check (cost controller) → approve (PM) → pay, each step with who
/// and when; reject at check or approval with a reason; payments and their reversals. Refusals of
/// an amount appear beside the amount; a user without the right gets 403 from Core.
/// </summary>
public sealed class PaymentModel(GetProject getProject, ListMembers listMembers, ListPaymentRequests listRequests, ListPayments listPayments,
    CheckPayment checkPayment, ApprovePayment approvePayment, RejectPayment rejectPayment, RecordPayment recordPayment,
    ReversePayment reversePayment, TimeProvider clock, IStringLocalizer<FundsResource> text) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public Guid RequestId { get; set; }

    [BindProperty]
    public ApproveForm Approve { get; set; } = new();

    [BindProperty]
    public PayForm Pay { get; set; } = new();

    [BindProperty]
    public RejectForm Reject { get; set; } = new();

    public FundsViewer Viewer { get; private set; } = null!;

    public ProjectDetails Project => Viewer.Project;

    public PaymentRequestSummary Current { get; private set; } = null!;

    public IReadOnlyList<PaymentSummary> Payments { get; private set; } = [];

    public bool CanCheck => Viewer.CanCheck && Current.Status == PaymentStatus.Requested;

    public bool CanApprove => Viewer.CanApprovePayments && Current.Status == PaymentStatus.Checked;

    /// <summary>The checker rejects at the check, the approver at the approval: each only at the step they sign.</summary>
    public bool CanReject => CanCheck || CanApprove;

    public bool CanPay => Viewer.CanManageFunds && Current.Status == PaymentStatus.Approved;

    public bool CanReverse => Viewer.CanManageFunds;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostCheckAsync(int? version, CancellationToken cancellationToken) =>
        StepAsync(() => checkPayment.ExecuteAsync(Id, RequestId, version, cancellationToken), "Payment.CheckedDone");

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken)
    {
        try
        {
            var approved = await approvePayment.ExecuteAsync(Id, RequestId, Approve.Amount, Approve.OverrideReason, Approve.Version, cancellationToken);
            return Done("Payment.ApprovedDone", approved.Number);
        }
        catch (ValidationFailedException failure)
        {
            FundsErrors.Add<ApproveForm>(ModelState, failure, nameof(Approve));
        }
        catch (ConcurrencyConflictException conflict)
        {
            ModelState.AddModelError(string.Empty, conflict.Message);
        }

        return await ReloadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRejectAsync(CancellationToken cancellationToken)
    {
        try
        {
            var rejected = await rejectPayment.ExecuteAsync(Id, RequestId, Reject.Reason, Reject.Version, cancellationToken);
            return Done("Payment.RejectedDone", rejected.Number);
        }
        catch (ValidationFailedException failure)
        {
            FundsErrors.Add<RejectForm>(ModelState, failure, nameof(Reject));
        }
        catch (ConcurrencyConflictException conflict)
        {
            ModelState.AddModelError(string.Empty, conflict.Message);
        }

        return await ReloadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostPayAsync(CancellationToken cancellationToken)
    {
        try
        {
            var paid = await recordPayment.ExecuteAsync(Id, RequestId, Pay.Amount, Pay.PaidOn, Pay.OverrideReason, cancellationToken);
            return Done("Payment.PaidDone", paid.Number);
        }
        catch (ValidationFailedException failure)
        {
            FundsErrors.Add<PayForm>(ModelState, failure, nameof(Pay));
        }

        return await ReloadAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostReverseAsync(Guid paymentId, DateOnly? date, CancellationToken cancellationToken) =>
        StepAsync(() => reversePayment.ExecuteAsync(Id, paymentId, date, cancellationToken), "Payment.ReversedDone");

    /// <summary>A step refused for the request's state or a stale version comes back as a message; 403 and 404 go to the error page.</summary>
    private async Task<IActionResult> StepAsync(Func<Task<PaymentRequestSummary>> step, string done)
    {
        try
        {
            var result = await step();
            return Done(done, result.Number);
        }
        catch (GantryException refused) when (refused is ValidationFailedException or ConcurrencyConflictException)
        {
            TempData["Error"] = refused is ValidationFailedException failure
                ? string.Join(" ", failure.Errors.Select(e => e.Message))
                : refused.Message;
            return Redirect($"~/projects/{Id}/funds/payments/{RequestId}");
        }
    }

    private RedirectResult Done(string key, int number)
    {
        TempData["Flash"] = text[key, number].Value;
        return Redirect($"~/projects/{Id}/funds/payments/{RequestId}");
    }

    /// <summary>Re-renders after a refusal, keeping what the user typed in the posted form and defaults in the others.</summary>
    private async Task<IActionResult> ReloadAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Viewer = await FundsViewer.LoadAsync(getProject, listMembers, Id, User.Identity?.Name, cancellationToken);
        Current = (await listRequests.ExecuteAsync(Id, null, cancellationToken)).FirstOrDefault(r => r.Id == RequestId)
            ?? throw new NotFoundException("Entity_PaymentRequest");
        Payments = await listPayments.ExecuteAsync(Id, RequestId, cancellationToken);
        Approve.Amount ??= Current.RequestedAmount;
        Approve.Version ??= Current.Version;
        Reject.Version ??= Current.Version;
        Pay.Amount ??= Math.Max(0m, Current.ApprovedAmount - Current.Paid);
        Pay.PaidOn ??= DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }
}
