namespace Gantry.Core.Costs;

/// <summary>One record behind a cost report figure.</summary>
public sealed record CostRecordSummary(Guid Id, CostRecordKind Kind, CostSource Source, DateOnly Date, Guid?WbsNodeId,
    Guid?ActivityId, Guid CostCodeId, string CostCode, Guid? ContractId, string Description, decimal Amount, decimal VatRate,
    decimal NetAmount, Guid? SourceId, Guid? ReversesId, bool IsReversed);
