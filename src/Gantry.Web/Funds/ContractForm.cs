using System.ComponentModel.DataAnnotations;
using Gantry.Core.Costs;

namespace Gantry.Web.Funds;

/// <summary>
/// A contract as the form posts it. Rates are typed as percentages (9 for 9 % VAT) because that is
/// how they are written on a contract; Core keeps fractions.
/// </summary>
public sealed class ContractForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public ContractKind? Kind { get; set; }

    public Guid? CounterpartyId { get; set; }

    [Display(Name = "Field.ContractAmount")]
    public decimal? Amount { get; set; }

    [Display(Name = "Field.VatRate")]
    public decimal? VatRate { get; set; }

    [Display(Name = "Field.RetentionRate")]
    public decimal? RetentionRate { get; set; }

    [Display(Name = "Field.ProgressPaymentRate")]
    public decimal? ProgressPaymentRate { get; set; }

    [Display(Name = "Field.PaymentDays")]
    public int? PaymentDays { get; set; }

    public string? PaymentTerms { get; set; }

    public Guid? CostCodeId { get; set; }

    public ContractInput ToInput() => new()
    {
        Code = Code, Name = Name, Kind = Kind, CounterpartyId = CounterpartyId, Amount = Amount, VatRate = VatRate / 100m,
        RetentionRate = RetentionRate / 100m, ProgressPaymentRate = ProgressPaymentRate / 100m, PaymentDays = PaymentDays,
        PaymentTerms = PaymentTerms, CostCodeId = CostCodeId,
    };
}
