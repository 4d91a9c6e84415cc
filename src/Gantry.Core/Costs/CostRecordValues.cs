namespace Gantry.Core.Costs;

/// <summary>A cost record's checked values (see <see cref="CostRecordInput"/>).</summary>
public sealed record CostRecordValues(CostRecordKind Kind, DateOnly Date, Guid?WbsNodeId, Guid?ActivityId, Guid CostCodeId,
    Guid? ContractId, string Description, decimal Amount, decimal VatRate);
