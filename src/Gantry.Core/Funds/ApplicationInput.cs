namespace Gantry.Core.Funds;

/// <summary>
/// A progress payment application (on submission: contract, period end, measured amount) or its
/// approval (approved amount, deductions, approval date, optional invoice). Retention defaults to
/// the contract's rate of the approved amount.
/// </summary>
public sealed record ApplicationInput
{
    public Guid? ContractId { get; init; }

    public DateOnly? PeriodEnd { get; init; }

    public decimal? MeasuredAmount { get; init; }

    public decimal? ApprovedAmount { get; init; }

    public decimal? RetentionDeduction { get; init; }

    public decimal? AdvanceRecovery { get; init; }

    public DateOnly? ApprovedOn { get; init; }

    public string? InvoiceNumber { get; init; }

    public decimal? InvoiceAmount { get; init; }

    public DateOnly? InvoicedOn { get; init; }

    public int? Version { get; init; }
}
