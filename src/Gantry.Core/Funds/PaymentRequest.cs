using Gantry.Core.Common;

namespace Gantry.Core.Funds;

/// <summary>
/// A request to pay a subcontractor, supplier or crew, with each approval step recorded (who and
/// when). It may name a cost contract (then the contract limits the amount) or, for an expense
/// without a contract, a cost code and WBS node (then the payment posts the actual cost).
/// </summary>
public sealed class PaymentRequest : IVersioned, IProjectScoped
{
    public const int DescriptionMaxLength = 500;

    private PaymentRequest()
    {
        Description = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public int Number { get; private set; }

    public Guid PayeeId { get; private set; }

    public Guid? ContractId { get; private set; }

    public Guid? CostCodeId { get; private set; }

    public Guid?WbsNodeId { get; private set; }

    public string Description { get; private set; }

    public decimal RequestedAmount { get; private set; }

    public decimal ApprovedAmount { get; private set; }

    public PaymentStatus Status { get; private set; }

    public InvoiceStatus InvoiceStatus { get; private set; }

    public Guid RequestedBy { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public Guid? CheckedBy { get; private set; }

    public DateTime? CheckedAt { get; private set; }

    public Guid? ApprovedBy { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    public DateOnly? ApprovedOn { get; private set; }

    /// <summary>Why more than the contract allows was approved, when it was.</summary>
    public string? OverrideReason { get; private set; }

    /// <summary>
    /// The approved day-labour ticket whose wages this request pays, if any. Its cost was posted when
    /// the ticket was approved, so paying it moves cash only and posts no second cost.
    /// </summary>
    public Guid? TicketId { get; private set; }

    public Guid? RejectedBy { get; private set; }

    public DateTime? RejectedAt { get; private set; }

    /// <summary>Why the checker or approver turned the request down; the requester reads it and raises a new one.</summary>
    public string? RejectionReason { get; private set; }

    public int Version { get; set; }

    public static PaymentRequest Create(Guid projectId, int number, PaymentRequestValues values, Guid userId, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(), ProjectId = projectId, Number = number, PayeeId = values.PayeeId, ContractId = values.ContractId,
        CostCodeId = values.CostCodeId, WbsNodeId = values.WbsNodeId, Description = values.Description,
        RequestedAmount = values.Amount, Status = PaymentStatus.Requested, InvoiceStatus = values.InvoiceStatus,
        RequestedBy = userId, RequestedAt = now, TicketId = values.TicketId,
    };

    public void Check(Guid userId, DateTime now)
    {
        EnsureStatus(PaymentStatus.Requested);
        Status = PaymentStatus.Checked;
        CheckedBy = userId;
        CheckedAt = now;
    }

    public void Approve(decimal amount, string? overrideReason, Guid userId, DateTime now, DateOnly today)
    {
        EnsureStatus(PaymentStatus.Checked);
        Status = PaymentStatus.Approved;
        ApprovedAmount = amount;
        OverrideReason = overrideReason;
        ApprovedBy = userId;
        ApprovedAt = now;
        ApprovedOn = today;
    }

    /// <summary>Turns the request down at the check or the approval step; a rejected request is final and stays on file.</summary>
    public void Reject(string reason, Guid userId, DateTime now)
    {
        EnsureStatus(PaymentStatus.Requested, PaymentStatus.Checked);
        Status = PaymentStatus.Rejected;
        RejectionReason = reason;
        RejectedBy = userId;
        RejectedAt = now;
    }

    /// <summary>
    /// Closes an approved request whose payments were all reversed, so the ticket's wages it held are free
    /// to be paid another way; the request, its payments and their reversals stay on file.
    /// </summary>
    public void Withdraw()
    {
        EnsureStatus(PaymentStatus.Approved);
        Status = PaymentStatus.Withdrawn;
    }

    public void SetInvoiceStatus(InvoiceStatus status) => InvoiceStatus = status;

    private void EnsureStatus(params PaymentStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw ValidationFailedException.For("status", Localization.Text.Get("AlreadyDecided"));
        }
    }
}
