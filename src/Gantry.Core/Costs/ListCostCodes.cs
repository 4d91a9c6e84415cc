using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>The project's cost code tree in code order (parents before their children, as codes are hierarchical).</summary>
public sealed class ListCostCodes(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<CostCodeSummary>> ExecuteAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.ViewProject, cancellationToken);
        await CostCodeDefaults.EnsureAsync(db, projectId, cancellationToken);
        var codes = await db.CostCodes.Where(c => c.ProjectId == projectId)
            .Select(c => new CostCodeSummary(c.Id, c.ParentId, c.Code, c.Name, c.Category, c.Version, c.IsActive))
            .ToListAsync(cancellationToken);
        return codes.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
    }
}
