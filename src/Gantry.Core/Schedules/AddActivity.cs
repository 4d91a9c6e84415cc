using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Schedules;

/// <summary>Adds an activity and reschedules; answers with what moved.</summary>
public sealed class AddActivity(GantryDbContext db, PermissionService permissions)
{
    public async Task<ScheduleChange> ExecuteAsync(Guid projectId, ActivityInput input, CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditSchedule, cancellationToken);
        var schedule = await ProjectSchedule.LoadAsync(db, access.Project, cancellationToken);
        var activity = Activity.Create(projectId, input with { SortOrder = input.SortOrder ?? schedule.Activities.Count + 1 });
        await ActivityReferences.CheckAsync(db, schedule, activity, cancellationToken);
        schedule.Add(activity);
        var moved = schedule.Reschedule();
        await schedule.SaveAsync(cancellationToken);
        return await schedule.ChangeAsync(moved, activity.Id, activity.Version, cancellationToken);
    }
}
