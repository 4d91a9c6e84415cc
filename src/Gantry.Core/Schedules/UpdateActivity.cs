using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Schedules;

/// <summary>Changes any fields of an activity (a partial edit) and reschedules; answers with what moved.</summary>
public sealed class UpdateActivity(GantryDbContext db, PermissionService permissions)
{
    public async Task<ScheduleChange> ExecuteAsync(Guid projectId, Guid activityId, ActivityPatch patch, CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditSchedule, cancellationToken);
        // A null in the list (JSON allows it) is as unknown as a misspelt field name.
        if (patch.Clear?.Where(f => f is null || !ActivityPatch.ClearableFields.Contains(f)).Select(f => f ?? "null").FirstOrDefault() is { } unknown)
        {
            throw ValidationFailedException.For("clear", Localization.Text.Get("NotAllowedValue", unknown));
        }

        var schedule = await ProjectSchedule.LoadAsync(db, access.Project, cancellationToken);
        var activity = schedule.RequireActivity(activityId);
        ConcurrencyCheck.Expect(db, activity, patch.Version, "Entity_Activity");
        activity.Change(patch.ApplyTo(activity.ToInput()));
        await ActivityReferences.CheckAsync(db, schedule, activity, cancellationToken);
        var moved = schedule.Reschedule();
        await schedule.SaveAsync(cancellationToken);
        return await schedule.ChangeAsync(moved, activity.Id, activity.Version, cancellationToken);
    }
}
