namespace Gantry.Core.Costs;

/// <summary>A cost record's checked values (see <see cref="CostRecordInput"/>).</summary>
public sealed record CostRecordValues(CostRecordKind Kind, DateOnly Date, long? WbsNodeId, long? ActivityId, Guid CostCodeId,
    Guid? ContractId, string Description, decimal Amount, decimal VatRate);
