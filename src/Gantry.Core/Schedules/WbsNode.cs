using Gantry.Core.Common;

namespace Gantry.Core.Schedules;

/// <summary>
/// One node of a project's work breakdown structure (WBS). Codes are the planner's outline
/// ("1.2.3"); activities hang under nodes, and a node with activities under it cannot be deleted.
/// </summary>
public sealed class WbsNode : IVersioned, IProjectScoped
{
    public const int CodeMaxLength = 400;
    public const int NameMaxLength = 200;

    private WbsNode()
    {
        Code = Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid? ParentId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>Position among its siblings, 1-based.</summary>
    public int SortOrder { get; private set; }

    public int Version { get; set; }

    public static WbsNode Create(Guid projectId, Guid? parentId, string? code, string? name, int sortOrder)
    {
        var node = new WbsNode { Id = Guid.CreateVersion7(), ProjectId = projectId, ParentId = parentId, SortOrder = sortOrder };
        node.Rename(code, name);
        return node;
    }

    public void Rename(string? code, string? name)
    {
        var v = new Validation();
        var checkedCode = v.Trimmed("code", code, CodeMaxLength);
        var checkedName = v.Trimmed("name", name, NameMaxLength);
        v.ThrowIfAny();
        Code = checkedCode;
        Name = checkedName;
    }

    public void MoveTo(Guid? parentId, int sortOrder)
    {
        ParentId = parentId;
        SortOrder = sortOrder;
    }

    public void Reorder(int sortOrder) => SortOrder = sortOrder;
}
