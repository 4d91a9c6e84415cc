using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>Every budget version of the project, newest first, with its total.</summary>
public sealed class ListBudgetVersions(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<BudgetVersionSummary>> ExecuteAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        money.RequireWholeProjectView();
        return await BudgetVersionSummary.Query(db, db.BudgetVersions.Where(b => b.ProjectId == projectId)
            .OrderByDescending(b => b.Number)).ToListAsync(cancellationToken);
    }
}
