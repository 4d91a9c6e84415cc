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
}
