using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>Removes a line from a draft budget; an approved budget's lines stay as they were approved.</summary>
public sealed class RemoveBudgetLine(GantryDbContext db, PermissionService permissions)
{
    public async Task ExecuteAsync(Guid projectId, Guid budgetVersionId, Guid lineId, CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.EditCosts, cancellationToken);
        var version = await db.BudgetVersions.SingleOrDefaultAsync(b => b.Id == budgetVersionId && b.ProjectId == projectId,
            cancellationToken) ?? throw new NotFoundException("Entity_BudgetVersion");
        version.EnsureDraft();
        var line = await db.BudgetLines.SingleOrDefaultAsync(l => l.Id == lineId && l.BudgetVersionId == version.Id, cancellationToken)
            ?? throw new NotFoundException("Entity_BudgetLine");
        db.BudgetLines.Remove(line);
        await db.SaveChangesAsync(cancellationToken);
    }
}
