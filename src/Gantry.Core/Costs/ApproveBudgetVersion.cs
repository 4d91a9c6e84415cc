using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>The project manager approves a draft budget; the previously approved version is superseded but kept.</summary>
public sealed class ApproveBudgetVersion(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<BudgetVersionSummary> ExecuteAsync(Guid projectId, Guid budgetVersionId, int? version,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ApproveCosts, cancellationToken);
        money.RequireApproval(Permission.ApproveCosts);
        var budget = await db.BudgetVersions.SingleOrDefaultAsync(b => b.Id == budgetVersionId && b.ProjectId == projectId,
            cancellationToken) ?? throw new NotFoundException("Entity_BudgetVersion");
        ConcurrencyCheck.Expect(db, budget, version, "Entity_BudgetVersion");
        budget.Approve(money.UserId, clock.GetUtcNow().UtcDateTime);
        var previous = await db.BudgetVersions.Where(b => b.ProjectId == projectId && b.Status == BudgetStatus.Approved)
            .ToListAsync(cancellationToken);
        foreach (var old in previous)
        {
            old.Supersede();
        }

        await db.SaveChangesAsync(cancellationToken);
        return await BudgetVersionSummary.Query(db, db.BudgetVersions.Where(b => b.Id == budget.Id)).SingleAsync(cancellationToken);
    }
}
