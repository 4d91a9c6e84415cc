namespace Gantry.Core.Funds;

/// <summary>A payment request's checked values (see <see cref="PaymentRequestInput"/>).</summary>
public sealed record PaymentRequestValues(Guid PayeeId, Guid? ContractId, Guid? CostCodeId, Guid?WbsNodeId, string Description,
    decimal Amount, InvoiceStatus InvoiceStatus, Guid? TicketId = null);
