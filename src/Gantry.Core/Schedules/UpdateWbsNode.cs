using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Schedules;

/// <summary>
/// Renames, moves (new parent, never under itself) or reorders a WBS node. A move keeps the typed
/// code: planners renumber outline codes on purpose, not as a side effect of dragging.
/// </summary>
public sealed class UpdateWbsNode(GantryDbContext db, PermissionService permissions)
{
    public async Task<WbsPayload> ExecuteAsync(Guid projectId, Guid nodeId, WbsInput input, CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.EditSchedule, cancellationToken);
        var tree = await WbsTree.LoadAsync(db, projectId, cancellationToken);
        var node = tree.Require(nodeId);
        ConcurrencyCheck.Expect(db, node, input.Version, "Entity_WbsNode");
        node.Rename(input.Code ?? node.Code, input.Name ?? node.Name);
        tree.CheckCodeUnique(node);
        var parent = tree.CheckParent(node, input.ParentId);
        if (input.ParentId != node.ParentId || input.SortOrder is not null)
        {
            tree.Place(node, parent?.Id, input.SortOrder);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new WbsPayload(node.Id, node.ParentId, node.Code, node.Name, node.SortOrder, node.Version);
    }
}
