using Gantry.Core.Funds;

namespace Gantry.Web.Funds;

/// <summary>A progress payment application as posted: on submission contract, period and measured value; on approval the certified figures and invoice.</summary>
public sealed class ApplicationForm
{
    public Guid? ContractId { get; set; }

    public DateOnly? PeriodEnd { get; set; }

    public decimal? MeasuredAmount { get; set; }

    public decimal? ApprovedAmount { get; set; }

    public decimal? RetentionDeduction { get; set; }

    public decimal? AdvanceRecovery { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public string? InvoiceNumber { get; set; }

    public decimal? InvoiceAmount { get; set; }

    public int? Version { get; set; }

    public ApplicationInput ToInput() => new()
    {
        ContractId = ContractId, PeriodEnd = PeriodEnd, MeasuredAmount = MeasuredAmount, ApprovedAmount = ApprovedAmount,
        RetentionDeduction = RetentionDeduction, AdvanceRecovery = AdvanceRecovery, ApprovedOn = ApprovedOn,
        InvoiceNumber = InvoiceNumber, InvoiceAmount = InvoiceAmount, Version = Version,
    };
}
