using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Schedules;

/// <summary>Picks the baseline the Gantt and the variance compare with (null: none).</summary>
public sealed class ChooseComparisonBaseline(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<BaselineSummary>> ExecuteAsync(Guid projectId, Guid? baselineId, CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditSchedule, cancellationToken);
        if (baselineId is { } id && !await db.Baselines.AnyAsync(b => b.Id == id && b.ProjectId == projectId, cancellationToken))
        {
            throw new NotFoundException("Entity_Baseline");
        }

        var settings = await ProjectSchedule.LoadSettingsAsync(db, access.Project, cancellationToken);
        settings.CompareWith(baselineId);
        await db.SaveChangesAsync(cancellationToken);
        return await ListBaselines.QueryAsync(db, projectId, cancellationToken);
    }
}
