namespace Gantry.Core.Schedules;

/// <summary>
/// Baseline against current, per activity and per WBS node. Variances follow P6: baseline minus
/// current in working minutes, so a negative start or finish variance means later than planned
/// and a negative duration variance means longer than planned.
/// </summary>
public sealed record ScheduleVariance(Guid BaselineId, string BaselineName, IReadOnlyList<VarianceRow> Activities, IReadOnlyList<VarianceRow> Wbs);

/// <summary>One row of <see cref="ScheduleVariance"/>; variances are null where the baseline has no date for it.</summary>
public sealed record VarianceRow(Guid Id, string Code, string Name, DateTime? BaselineStart, DateTime? BaselineFinish, DateTime? Start,
    DateTime? Finish, long? StartVarianceMinutes, long? FinishVarianceMinutes, long? DurationVarianceMinutes);
