using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Funds;

/// <summary>A payment request: to a payee, under a cost contract or (for an expense without one) against a cost code.</summary>
public sealed record PaymentRequestInput
{
    public Guid? PayeeId { get; init; }

    public Guid? ContractId { get; init; }

    public Guid? CostCodeId { get; init; }

    public Guid?WbsNodeId { get; init; }

    public string? Description { get; init; }

    public decimal? Amount { get; init; }

    public InvoiceStatus? InvoiceStatus { get; init; }

    public async Task<PaymentRequestValues> CheckAsync(GantryDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        var v = new Validation();
        var payee = v.Required("payeeId", PayeeId);
        var description = v.Trimmed("description", Description, PaymentRequest.DescriptionMaxLength);
        var amount = v.Amount("amount", Amount);
        if (amount == 0m && Amount is not null)
        {
            v.Add("amount", "MustBePositive");
        }

        var invoice = v.Enum<InvoiceStatus>("invoiceStatus", InvoiceStatus ?? Funds.InvoiceStatus.None);
        if (ContractId is { } contractId)
        {
            var contract = await db.Contracts.SingleOrDefaultAsync(c => c.Id == contractId && c.ProjectId == projectId, cancellationToken);
            if (contract is null || contract.Kind == ContractKind.Owner || contract.Status != ContractStatus.InForce)
            {
                v.Add("contractId", "NotAllowedValue");
            }
            else if (PayeeId is not null && contract.CounterpartyId != payee)
            {
                v.Add("payeeId", "NotContractParty");
            }
        }
        else if (CostCodeId is null)
        {
            v.Add("costCodeId", "Required");
        }
        else if (!await db.CostCodes.AnyAsync(c => c.Id == CostCodeId && c.ProjectId == projectId, cancellationToken))
        {
            v.Add("costCodeId", "NotAllowedValue");
        }

        if (v.IsValid("payeeId") && !await db.Organisations.AnyAsync(o => o.Id == payee, cancellationToken))
        {
            v.Add("payeeId", "NotAllowedValue");
        }

        v.ThrowIfAny();
        return new PaymentRequestValues(payee, ContractId, ContractId is null ? CostCodeId : null, WbsNodeId, description, amount, invoice);
    }
}
