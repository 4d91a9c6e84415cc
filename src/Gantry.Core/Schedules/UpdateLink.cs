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
        // The ends stay, so another pair sent here is refused rather than silently dropped.
        var v = new Validation();
        if (input.PredecessorId is { } predecessor && predecessor != link.PredecessorId)
        {
            v.Add("predecessorId", "NotAllowedValue");
        }

        if (input.SuccessorId is { } successor && successor != link.SuccessorId)
        {
            v.Add("successorId", "NotAllowedValue");
        }

        v.ThrowIfAny();
        link.Change(input.Type ?? link.Type, input.LagMinutes ?? link.Lag, input.LagKind ?? link.LagKind);
        var moved = schedule.Reschedule();
        await schedule.SaveAsync(cancellationToken);
        return await schedule.ChangeAsync(moved, link.Id, link.Version, cancellationToken);
    }
}
