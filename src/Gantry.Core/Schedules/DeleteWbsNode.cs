using System.Globalization;
using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Localization;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Schedules;

/// <summary>Deletes an empty WBS node; one with activities or nodes under it is refused with a clear message.</summary>
public sealed class DeleteWbsNode(GantryDbContext db, PermissionService permissions)
{
    public async Task ExecuteAsync(Guid projectId, Guid nodeId, int? version, CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.EditSchedule, cancellationToken);
        var tree = await WbsTree.LoadAsync(db, projectId, cancellationToken);
        var node = tree.Require(nodeId);
        ConcurrencyCheck.Expect(db, node, version, "Entity_WbsNode");
        var activities = await db.Activities.CountAsync(a => a.WbsId == nodeId, cancellationToken);
        if (activities > 0)
        {
            throw ValidationFailedException.For("id", Text.Get("WbsHasActivities", node.Code, activities.ToString(CultureInfo.CurrentCulture)));
        }

        if (tree.ChildrenOf(nodeId).Any())
        {
            throw ValidationFailedException.For("id", Text.Get("WbsHasChildren", node.Code));
        }

        db.WbsNodes.Remove(node);
        await db.SaveChangesAsync(cancellationToken);
    }
}
