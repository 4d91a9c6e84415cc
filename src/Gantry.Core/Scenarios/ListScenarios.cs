using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Scenarios;

/// <summary>The project's scenarios, open ones first, newest first; adopted and discarded ones stay as history.</summary>
public sealed class ListScenarios(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<ScenarioSummary>> ExecuteAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await ScenarioAccess.RequireAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        var scenarios = await db.Scenarios.AsNoTracking().Where(s => s.ProjectId == projectId).ToListAsync(cancellationToken);
        return scenarios.OrderBy(s => s.Status).ThenByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Select(ScenarioSummary.Of).ToList();
    }
}
