using Gantry.Core.Data;

namespace Gantry.Core.Costs;

/// <summary>A contract with its current value: the signed amount plus every approved variation (VAT included).</summary>
public sealed record ContractSummary(Guid Id, string Code, string Name, ContractKind Kind, Guid CounterpartyId, string Counterparty,
    decimal Amount, decimal VatRate, decimal RetentionRate, decimal ProgressPaymentRate, int PaymentDays, string PaymentTerms,
    Guid?WbsNodeId, Guid? CostCodeId, ContractStatus Status, DateOnly? SignedOn, decimal ApprovedVariations, decimal CurrentValue,
    decimal ApprovedVariationsNet, int Version)
{
    internal static IQueryable<ContractSummary> Query(GantryDbContext db, IQueryable<Contract> contracts) =>
        from c in contracts
        join o in db.Organisations on c.CounterpartyId equals o.Id
        let variations = db.ContractVariations.Where(x => x.ContractId == c.Id && x.Status == VariationStatus.Approved)
            .Sum(x => (decimal?)x.Amount) ?? 0m
        // Each variation is netted at the contract's VAT rate when it is saved; summing the stored nets matches the cost report to the fen.
        let variationsNet = db.ContractVariations.Where(x => x.ContractId == c.Id && x.Status == VariationStatus.Approved)
            .Sum(x => (decimal?)x.NetAmount) ?? 0m
        select new ContractSummary(c.Id, c.Code, c.Name, c.Kind, c.CounterpartyId, o.Name, c.Amount, c.VatRate, c.RetentionRate,
            c.ProgressPaymentRate, c.PaymentDays, c.PaymentTerms, c.WbsNodeId, c.CostCodeId, c.Status, c.SignedOn, variations,
            c.Amount + variations, variationsNet, c.Version);
}
