using Gantry.Core.Common;

namespace Gantry.Core.Costs;

/// <summary>
/// One node of a project's cost code tree (成本科目). Each node carries the category of its root,
/// so reports group by category in SQL without walking the tree.
/// </summary>
public sealed class CostCode : IVersioned, IProjectScoped
{
    public const int CodeMaxLength = 30;
    public const int NameMaxLength = 100;

    private CostCode()
    {
        Code = Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid? ParentId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public CostCategory Category { get; private set; }

    /// <summary>An inactive code stays on the records that use it but takes no new records or budget lines.</summary>
    public bool IsActive { get; private set; } = true;

    public int Version { get; set; }

    public static CostCode Create(Guid projectId, CostCodeInput input, CostCode? parent)
    {
        var code = new CostCode { Id = Guid.CreateVersion7(), ProjectId = projectId };
        code.Change(input, parent);
        return code;
    }

    public void Change(CostCodeInput input, CostCode? parent)
    {
        var v = new Validation();
        var code = v.Code("code", input.Code, CodeMaxLength);
        var name = v.Trimmed("name", input.Name, NameMaxLength);
        var category = parent?.Category ?? v.Enum("category", input.Category);
        if (parent is not null && parent.Id == Id)
        {
            v.Add("parentId", "NotAllowedValue");
        }

        v.ThrowIfAny();
        Code = code;
        Name = name;
        Category = category;
        ParentId = parent?.Id;
    }

    public void SetActive(bool active) => IsActive = active;

    /// <summary>A moved subtree takes its new root's category, so reports grouped by category stay true.</summary>
    public void TakeCategory(CostCategory category) => Category = category;
}
