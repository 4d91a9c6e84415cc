using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Schedules;

/// <summary>Adds a WBS node under a parent (or at the top); the code is generated when left empty.</summary>
public sealed class AddWbsNode(GantryDbContext db, PermissionService permissions)
{
    public async Task<WbsPayload> ExecuteAsync(Guid projectId, WbsInput input, CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.EditSchedule, cancellationToken);
        var tree = await WbsTree.LoadAsync(db, projectId, cancellationToken);
        var parent = tree.CheckParent(null, input.ParentId);
        var code = string.IsNullOrWhiteSpace(input.Code) ? tree.NextCode(parent) : input.Code;
        var node = WbsNode.Create(projectId, parent?.Id, code, input.Name, 0);
        tree.CheckCodeUnique(node);
        tree.Place(node, parent?.Id, input.SortOrder);
        tree.Nodes.Add(node);
        db.WbsNodes.Add(node);
        await db.SaveChangesAsync(cancellationToken);
        return new WbsPayload(node.Id, node.ParentId, node.Code, node.Name, node.SortOrder, node.Version);
    }
}
