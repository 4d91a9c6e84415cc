namespace Gantry.Core.Costs;

/// <summary>Committed cost is promised (orders, contracts not yet measured); actual cost is incurred.</summary>
public enum CostRecordKind
{
    Commitment = 1,
    Actual = 2,
}
