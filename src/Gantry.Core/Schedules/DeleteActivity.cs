using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Schedules;

/// <summary>Deletes an activity with its links and reschedules; answers with what moved.</summary>
public sealed class DeleteActivity(GantryDbContext db, PermissionService permissions)
{
    public async Task<ScheduleChange> ExecuteAsync(Guid projectId, Guid activityId, int? version, CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditSchedule, cancellationToken);
        var schedule = await ProjectSchedule.LoadAsync(db, access.Project, cancellationToken);
        var activity = schedule.RequireActivity(activityId);
        ConcurrencyCheck.Expect(db, activity, version, "Entity_Activity");
        schedule.Remove(activity);
        var moved = schedule.Reschedule();
        await schedule.SaveAsync(cancellationToken);
        return await schedule.ChangeAsync(moved, activityId, cancellationToken: cancellationToken);
    }
}
