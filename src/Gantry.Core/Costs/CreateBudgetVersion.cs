using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>
/// Starts a budget version: the initial budget, or a revision that copies the approved lines so the
/// cost controller edits only what changes. One draft at a time, so two revisions never race.
/// </summary>
public sealed class CreateBudgetVersion(GantryDbContext db, PermissionService permissions)
{
    public async Task<BudgetVersionSummary> ExecuteAsync(Guid projectId, string? name, CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.EditCosts, cancellationToken);
        var versions = await db.BudgetVersions.Where(b => b.ProjectId == projectId).ToListAsync(cancellationToken);
        if (versions.Exists(b => b.Status == BudgetStatus.Draft))
        {
            throw ValidationFailedException.For("status", Localization.Text.Get("DraftExists"));
        }

        var version = BudgetVersion.Create(projectId, versions.Count + 1, name);
        db.BudgetVersions.Add(version);
        if (versions.Find(b => b.Status == BudgetStatus.Approved) is { } approved)
        {
            var lines = await db.BudgetLines.Where(l => l.BudgetVersionId == approved.Id).ToListAsync(cancellationToken);
            db.BudgetLines.AddRange(lines.Select(l => l.CopyTo(version.Id)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await BudgetVersionSummary.Query(db, db.BudgetVersions.Where(b => b.Id == version.Id)).SingleAsync(cancellationToken);
    }
}
