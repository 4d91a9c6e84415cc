using Gantry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>
/// The six classes of the Chinese cost breakdown, given to a project the first time its cost codes
/// are used, so a new project can budget at once; the tree stays editable.
/// </summary>
public static class CostCodeDefaults
{
    private static readonly (string Code, string Name, CostCategory Category)[] Defaults =
    [
        ("01", "人工费", CostCategory.Labour),
        ("02", "材料费", CostCategory.Materials),
        ("03", "机械费", CostCategory.Machinery),
        ("04", "分包工程费", CostCategory.Subcontract),
        ("05", "现场管理费", CostCategory.SiteOverhead),
        ("06", "其他费用", CostCategory.Other),
    ];

    public static async Task EnsureAsync(GantryDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        if (await db.CostCodes.AnyAsync(c => c.ProjectId == projectId, cancellationToken))
        {
            return;
        }

        foreach (var (code, name, category) in Defaults)
        {
            db.CostCodes.Add(CostCode.Create(projectId, new CostCodeInput { Code = code, Name = name, Category = category }, null));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
