namespace Gantry.Core.Funds;

/// <summary>A payment request with its approval steps (who and when, UTC), a rejection's reason, and what has been paid.</summary>
public sealed record PaymentRequestSummary(Guid Id, int Number, Guid PayeeId, string Payee, Guid? ContractId, Guid? CostCodeId,
    Guid?WbsNodeId, string Description, decimal RequestedAmount, decimal ApprovedAmount, PaymentStatus Status, InvoiceStatus InvoiceStatus,
    Guid RequestedBy, Guid? CheckedBy, Guid? ApprovedBy, DateOnly? ApprovedOn, string? OverrideReason, decimal Paid, int Version,
    DateTime RequestedAt, DateTime? CheckedAt, DateTime? ApprovedAt, Guid? RejectedBy, DateTime? RejectedAt, string? RejectionReason,
    Guid? TicketId);
