namespace Gantry.Core.Schedules;

/// <summary>
/// One line of the milestones page. <see cref="VarianceDays"/> is forecast minus target in calendar
/// days (positive = late), because contracts count calendar days, not working days.
/// </summary>
public sealed record MilestoneRow(
    Guid ActivityId,
    string Code,
    string Name,
    bool IsMilestoneActivity,
    bool IsKeyMilestone,
    DateTime? ContractualDate,
    DateTime? Forecast,
    DateTime? Baseline,
    DateTime? Actual,
    int? VarianceDays,
    MilestoneStatus Status,
    bool Critical,
    int Version)
{
    /// <summary>
    /// Assesses one activity. A start milestone is judged on its start, everything else on its finish.
    /// The contractual date wins over the baseline: the contract is what the client can claim damages on.
    /// </summary>
    public static MilestoneRow From(ActivityPayload a, int toleranceDays)
    {
        var onStart = a.Type == Scheduling.ActivityType.StartMilestone;
        var forecast = onStart ? a.Start : a.Finish;
        var baseline = onStart ? a.BaselineStart : a.BaselineFinish;
        var actual = onStart ? a.ActualStart : a.ActualFinish;
        var target = a.ContractualDate ?? baseline;
        int? variance = target is { } t && forecast is { } f ? (f.Date - t.Date).Days : null;
        var status = actual is not null ? MilestoneStatus.Done
            : variance is not { } v ? MilestoneStatus.NoTarget
            : v <= 0 ? MilestoneStatus.OnTrack
            : v <= toleranceDays ? MilestoneStatus.AtRisk
            : MilestoneStatus.Late;
        return new MilestoneRow(a.Id, a.Code, a.Name, a.Type is Scheduling.ActivityType.StartMilestone or Scheduling.ActivityType.FinishMilestone,
            a.IsKeyMilestone, a.ContractualDate, forecast, baseline, actual, variance, status, a.Critical, a.Version);
    }
}
