using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Localization;
using Gantry.Core.Permissions;
using Gantry.Scheduling;

namespace Gantry.Core.Schedules;

/// <summary>
/// Links two activities and reschedules. Refused: a link to itself, a second link of the same type
/// between the same two activities, and a link that closes a loop (the message walks the loop by activity code).
/// </summary>
public sealed class AddLink(GantryDbContext db, PermissionService permissions)
{
    public async Task<ScheduleChange> ExecuteAsync(Guid projectId, LinkInput input, CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditSchedule, cancellationToken);
        var v = new Validation();
        var predecessorId = v.Required("predecessorId", input.PredecessorId);
        var successorId = v.Required("successorId", input.SuccessorId);
        v.ThrowIfAny();
        var schedule = await ProjectSchedule.LoadAsync(db, access.Project, cancellationToken);
        var predecessor = schedule.HasActivity(predecessorId) ? schedule.RequireActivity(predecessorId) : null;
        var successor = schedule.HasActivity(successorId) ? schedule.RequireActivity(successorId) : null;
        if (predecessor is null)
        {
            v.Add("predecessorId", "NotAllowedValue");
        }

        if (successor is null)
        {
            v.Add("successorId", "NotAllowedValue");
        }

        v.ThrowIfAny();
        if (predecessorId == successorId)
        {
            throw ValidationFailedException.For("successorId", Text.Get("LinkToItself", predecessor!.Code));
        }

        var type = input.Type ?? RelationshipType.FinishToStart;
        if (schedule.Links.Exists(l => l.PredecessorId == predecessorId && l.SuccessorId == successorId && l.Type == type))
        {
            throw ValidationFailedException.For("successorId", Text.Get("LinkDuplicate", predecessor!.Code, successor!.Code));
        }

        var link = ActivityLink.Create(projectId, predecessorId, successorId, input.Type, input.LagMinutes, input.LagKind);
        schedule.Add(link);
        var moved = schedule.Reschedule();
        await schedule.SaveAsync(cancellationToken);
        return await schedule.ChangeAsync(moved, link.Id, link.Version, cancellationToken);
    }
}
