namespace Gantry.Core.Plans;

/// <summary>A plan item with its tasks, its flagged difference (if the master changed) and what it means for the master.</summary>
public sealed record PlanItemView(Guid Id, int SortOrder, Guid? ActivityId, bool InMaster, string Code, string Name,
    Guid? ResponsibleOrganisationId, DateOnly PlannedStart, DateOnly PlannedFinish, long PlannedDurationMinutes, double PlannedPercent,
    decimal? Quantity, string? Unit, double StartPercent, double ActualPercent, DateOnly? ActualStart, DateOnly? ActualFinish,
    double RolledUpMasterPercent, PlanDifference? Difference, IReadOnlyList<PlanTaskView> Tasks);
