using System.Globalization;
using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Schedules;

/// <summary>A project's WBS nodes loaded for an edit, with the rules that need the whole tree.</summary>
internal sealed class WbsTree(List<WbsNode> nodes)
{
    public List<WbsNode> Nodes { get; } = nodes;

    public static async Task<WbsTree> LoadAsync(GantryDbContext db, Guid projectId, CancellationToken cancellationToken) =>
        new(await db.WbsNodes.Where(w => w.ProjectId == projectId).ToListAsync(cancellationToken));

    public WbsNode Require(Guid id) => Nodes.Find(n => n.Id == id) ?? throw new NotFoundException("Entity_WbsNode");

    public IEnumerable<WbsNode> ChildrenOf(Guid? parentId) => Nodes.Where(n => n.ParentId == parentId).OrderBy(n => n.SortOrder);

    /// <summary>The next free outline code under <paramref name="parent"/>: "1", "2" at the top, "1.3" under "1".</summary>
    public string NextCode(WbsNode? parent)
    {
        var codes = Nodes.Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
        for (var n = ChildrenOf(parent?.Id).Count() + 1; ; n++)
        {
            var number = n.ToString(CultureInfo.InvariantCulture);
            var code = parent is null ? number : parent.Code + "." + number;
            if (!codes.Contains(code))
            {
                return code;
            }
        }
    }

    public void CheckCodeUnique(WbsNode node)
    {
        if (Nodes.Exists(n => n.Id != node.Id && string.Equals(n.Code, node.Code, StringComparison.Ordinal)))
        {
            var v = new Validation();
            v.Add("code", "Duplicate", node.Code);
            v.ThrowIfAny();
        }
    }

    /// <summary>Refuses a parent that is the node itself or below it; walks up with a loop, not recursion.</summary>
    public WbsNode? CheckParent(WbsNode? node, Guid? parentId)
    {
        if (parentId is null)
        {
            return null;
        }

        var parent = Nodes.Find(n => n.Id == parentId);
        if (parent is null)
        {
            var v = new Validation();
            v.Add("parentId", "NotAllowedValue");
            v.ThrowIfAny();
        }

        var byId = Nodes.ToDictionary(n => n.Id);
        for (var current = parent; current is not null; current = current.ParentId is { } up ? byId.GetValueOrDefault(up) : null)
        {
            if (node is not null && current.Id == node.Id)
            {
                throw ValidationFailedException.For("parentId", Text.Get("WbsCycle", node.Code));
            }
        }

        return parent;
    }

    /// <summary>Places <paramref name="node"/> at <paramref name="position"/> among its siblings and renumbers them 1..n.</summary>
    public void Place(WbsNode node, Guid? parentId, int? position)
    {
        var siblings = ChildrenOf(parentId).Where(n => n.Id != node.Id).ToList();
        var index = Math.Clamp((position ?? siblings.Count + 1) - 1, 0, siblings.Count);
        siblings.Insert(index, node);
        node.MoveTo(parentId, index + 1);
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].Reorder(i + 1);
        }
    }
}
