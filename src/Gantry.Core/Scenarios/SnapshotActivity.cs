using Gantry.Core.Schedules;

namespace Gantry.Core.Scenarios;

/// <summary>An activity as copied into a scenario: what the planner entered, the details imports keep, and the live version.</summary>
public sealed record SnapshotActivity(Guid Id, int Version, ActivityInput Input, bool ElapsedDuration = false, DateTime? ExpectedFinish = null,
    Guid? SummaryActivityId = null, string? AssignmentsJson = null)
{
    public static SnapshotActivity Of(Activity a) =>
        new(a.Id, a.Version, a.ToInput() with { Version = null }, a.ElapsedDuration, a.ExpectedFinish, a.SummaryActivityId, a.AssignmentsJson);

    public Activity ToActivity(Guid projectId)
    {
        var activity = Activity.Create(projectId, Input, Id);
        activity.SetImportedDetails(ElapsedDuration, ExpectedFinish, SummaryActivityId, AssignmentsJson);
        return activity;
    }
}
