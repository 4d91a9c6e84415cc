using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Schedules;

/// <summary>Deletes a link and reschedules; answers with what moved.</summary>
public sealed class DeleteLink(GantryDbContext db, PermissionService permissions)
{
    public async Task<ScheduleChange> ExecuteAsync(Guid projectId, Guid linkId, int? version, CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditSchedule, cancellationToken);
        var schedule = await ProjectSchedule.LoadAsync(db, access.Project, cancellationToken);
        var link = schedule.RequireLink(linkId);
        ConcurrencyCheck.Expect(db, link, version, "Entity_ActivityLink");
        schedule.Remove(link);
        var moved = schedule.Reschedule();
        await schedule.SaveAsync(cancellationToken);
        return await schedule.ChangeAsync(moved, linkId, cancellationToken: cancellationToken);
    }
}
