using System.ComponentModel.DataAnnotations;
using Gantry.Core.Funds;

namespace Gantry.Web.Funds;

/// <summary>A progress payment application as posted: on submission contract, period and measured value; on approval the certified figures and invoice.</summary>
public sealed class ApplicationForm
{
    public Guid? ContractId { get; set; }

    [Display(Name = "Field.PeriodEnd")]
    public DateOnly? PeriodEnd { get; set; }

    [Display(Name = "Field.Measured")]
    public decimal? MeasuredAmount { get; set; }

    [Display(Name = "Field.Approved")]
    public decimal? ApprovedAmount { get; set; }

    [Display(Name = "Field.Retention")]
    public decimal? RetentionDeduction { get; set; }

    [Display(Name = "Field.AdvanceRecovery")]
    public decimal? AdvanceRecovery { get; set; }

    [Display(Name = "Field.ApprovedOn")]
    public DateOnly? ApprovedOn { get; set; }

    public string? InvoiceNumber { get; set; }

    [Display(Name = "Field.InvoiceAmount")]
    public decimal? InvoiceAmount { get; set; }

    public int? Version { get; set; }

    public ApplicationInput ToInput() => new()
    {
        ContractId = ContractId, PeriodEnd = PeriodEnd, MeasuredAmount = MeasuredAmount, ApprovedAmount = ApprovedAmount,
        RetentionDeduction = RetentionDeduction, AdvanceRecovery = AdvanceRecovery, ApprovedOn = ApprovedOn,
        InvoiceNumber = InvoiceNumber, InvoiceAmount = InvoiceAmount, Version = Version,
    };
}
