using Gantry.Core.Common;
using Gantry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>Create or change a contract. VAT defaults to 9 % (construction services), retention to 3 %, progress payment to 80 %.</summary>
public sealed record ContractInput
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public ContractKind? Kind { get; init; }

    public Guid? CounterpartyId { get; init; }

    public decimal? Amount { get; init; }

    public decimal? VatRate { get; init; }

    public decimal? RetentionRate { get; init; }

    public decimal? ProgressPaymentRate { get; init; }

    public int? PaymentDays { get; init; }

    public string? PaymentTerms { get; init; }

    public Guid?WbsNodeId { get; init; }

    public Guid? CostCodeId { get; init; }

    public int? Version { get; init; }

    public async Task<ContractValues> CheckAsync(GantryDbContext db, Guid projectId, Guid? contractId, CancellationToken cancellationToken)
    {
        var v = new Validation();
        var code = v.Code("code", Code, Contract.CodeMaxLength);
        var name = v.Trimmed("name", Name, Contract.NameMaxLength);
        var kind = v.Enum("kind", Kind);
        var counterparty = v.Required("counterpartyId", CounterpartyId);
        var amount = v.Amount("amount", Amount);
        var vat = v.Fraction("vatRate", VatRate, 0.09m);
        var retention = v.Fraction("retentionRate", RetentionRate, 0.03m);
        var progress = v.Fraction("progressPaymentRate", ProgressPaymentRate, 0.80m);
        var days = PaymentDays ?? 30;
        if (days is < 0 or > 720)
        {
            v.Add("paymentDays", "NotAllowedValue");
        }

        var terms = v.Trimmed("paymentTerms", PaymentTerms, Contract.TermsMaxLength, required: false);
        if (v.IsValid("kind") && kind != ContractKind.Owner && CostCodeId is null)
        {
            v.Add("costCodeId", "Required");
        }
        else if (CostCodeId is { } costCodeId && !await db.CostCodes.AnyAsync(c => c.Id == costCodeId && c.ProjectId == projectId, cancellationToken))
        {
            v.Add("costCodeId", "NotAllowedValue");
        }

        if (v.IsValid("counterpartyId") && !await db.Organisations.AnyAsync(o => o.Id == counterparty, cancellationToken))
        {
            v.Add("counterpartyId", "NotAllowedValue");
        }

        if (v.IsValid("code") && await db.Contracts.AnyAsync(c => c.ProjectId == projectId && c.Code == code && c.Id != contractId,
                cancellationToken))
        {
            v.Add("code", "Duplicate", code);
        }

        v.ThrowIfAny();
        return new ContractValues(code, name, kind, counterparty, amount, vat, retention, progress, days, terms, WbsNodeId,
            kind == ContractKind.Owner ? null : CostCodeId);
    }
}
