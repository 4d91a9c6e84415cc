namespace Gantry.Core.Plans;

/// <summary>What "apply to master" wrote on one master activity.</summary>
public sealed record AppliedProgress(Guid ActivityId, string Code, double OldPercent, double NewPercent, DateTime? ActualStart,
    DateTime? ActualFinish);
