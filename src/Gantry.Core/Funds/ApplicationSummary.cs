namespace Gantry.Core.Funds;

/// <summary>A payment application with what has been received against it.</summary>
public sealed record ApplicationSummary(Guid Id, Guid ContractId, int Number, DateOnly PeriodEnd, decimal MeasuredAmount,
    decimal ApprovedAmount, decimal RetentionDeduction, decimal AdvanceRecovery, decimal NetDue, DateOnly? ApprovedOn,
    ApplicationStatus Status, string InvoiceNumber, decimal InvoiceAmount, DateOnly? InvoicedOn, decimal Received, int Version);
