using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>
/// Deactivates a cost code (or brings it back). A used code cannot be deleted, because records and
/// approved budgets must keep pointing at what they were booked to; deactivating retires it instead.
/// </summary>
public sealed class SetCostCodeActive(GantryDbContext db, PermissionService permissions)
{
    public async Task<CostCodeSummary> ExecuteAsync(Guid projectId, Guid costCodeId, bool active, int? version,
        CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.EditCosts, cancellationToken);
        var code = await db.CostCodes.SingleOrDefaultAsync(c => c.Id == costCodeId && c.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_CostCode");
        ConcurrencyCheck.Expect(db, code, version, "Entity_CostCode");
        code.SetActive(active);
        await db.SaveChangesAsync(cancellationToken);
        return new CostCodeSummary(code.Id, code.ParentId, code.Code, code.Name, code.Category, code.Version, code.IsActive);
    }
}
