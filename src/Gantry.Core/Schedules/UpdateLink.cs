using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Schedules;

/// <summary>Changes a link's type and lag and reschedules. Its ends stay: a different pair is a new link.</summary>
public sealed class UpdateLink(GantryDbContext db, PermissionService permissions)
{
    public async Task<ScheduleChange> ExecuteAsync(Guid projectId, Guid linkId, LinkInput input, CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditSchedule, cancellationToken);
        var schedule = await ProjectSchedule.LoadAsync(db, access.Project, cancellationToken);
        var link = schedule.RequireLink(linkId);
        ConcurrencyCheck.Expect(db, link, input.Version, "Entity_ActivityLink");
        link.Change(input.Type ?? link.Type, input.LagMinutes ?? link.Lag, input.LagKind ?? link.LagKind);
        var moved = schedule.Reschedule();
        await schedule.SaveAsync(cancellationToken);
        return await schedule.ChangeAsync(moved, link.Id, link.Version, cancellationToken);
    }
}
