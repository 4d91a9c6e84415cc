namespace Gantry.Core.Costs;

/// <summary>A contract's checked values (see <see cref="ContractInput"/>).</summary>
public sealed record ContractValues(string Code, string Name, ContractKind Kind, Guid CounterpartyId, decimal Amount, decimal VatRate,
    decimal RetentionRate, decimal ProgressPaymentRate, int PaymentDays, string PaymentTerms, Guid?WbsNodeId, Guid? CostCodeId);
