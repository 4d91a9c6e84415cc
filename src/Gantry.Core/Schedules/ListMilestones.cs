using Gantry.Core.Common;

namespace Gantry.Core.Schedules;

/// <summary>
/// The key milestones of a project (milestone activities and activities flagged key) in date order,
/// each with its status. Reads through <see cref="GetSchedule"/>, so a subcontractor sees exactly the
/// milestones the schedule shows it.
/// </summary>
public sealed class ListMilestones(GetSchedule getSchedule)
{
    /// <summary>Days late that still count as amber; a week is the usual site-meeting horizon.</summary>
    public const int DefaultToleranceDays = 7;

    public const int MaxToleranceDays = 365;

    public async Task<IReadOnlyList<MilestoneRow>> ExecuteAsync(Guid projectId, int toleranceDays = DefaultToleranceDays,
        CancellationToken cancellationToken = default)
    {
        if (toleranceDays is < 0 or > MaxToleranceDays)
        {
            var v = new Validation();
            v.Add("toleranceDays", "NotAllowedValue");
            v.ThrowIfAny();
        }

        var schedule = await getSchedule.ExecuteAsync(projectId, cancellationToken);
        return schedule.Activities
            .Where(a => a.IsKeyMilestone || a.Type is Scheduling.ActivityType.StartMilestone or Scheduling.ActivityType.FinishMilestone)
            .Select(a => MilestoneRow.From(a, toleranceDays))
            .OrderBy(r => r.ContractualDate ?? r.Forecast ?? DateTime.MaxValue).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
    }
}
