namespace Gantry.Core.Costs;

/// <summary>The budget planned for one month and the cumulative planned value (PV) at its end.</summary>
public sealed record PlannedValueMonth(DateOnly Month, decimal Planned, decimal Cumulative);
