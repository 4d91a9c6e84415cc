using System.ComponentModel.DataAnnotations;
using Gantry.Core.Funds;

namespace Gantry.Web.Funds;

/// <summary>A payment request as the form posts it: under a cost contract, or an expense on a cost code and WBS node.</summary>
public sealed class PaymentRequestForm
{
    public Guid? PayeeId { get; set; }

    public Guid? ContractId { get; set; }

    public Guid? CostCodeId { get; set; }

    public Guid? WbsNodeId { get; set; }

    public string? Description { get; set; }

    [Display(Name = "Field.Amount")]
    public decimal? Amount { get; set; }

    public InvoiceStatus? InvoiceStatus { get; set; }

    public PaymentRequestInput ToInput() => new()
    {
        PayeeId = PayeeId, ContractId = ContractId, CostCodeId = CostCodeId, WbsNodeId = WbsNodeId, Description = Description,
        Amount = Amount, InvoiceStatus = InvoiceStatus,
    };
}
