using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Schedules;

/// <summary>The project's baselines, newest first.</summary>
public sealed class ListBaselines(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<BaselineSummary>> ExecuteAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.ViewProject, cancellationToken);
        return await QueryAsync(db, projectId, cancellationToken);
    }

    internal static async Task<IReadOnlyList<BaselineSummary>> QueryAsync(GantryDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        var comparison = await db.ScheduleSettings.Where(s => s.ProjectId == projectId).Select(s => s.ComparisonBaselineId)
            .SingleOrDefaultAsync(cancellationToken);
        var baselines = await db.Baselines.AsNoTracking().Where(b => b.ProjectId == projectId).ToListAsync(cancellationToken);
        var ids = baselines.Select(b => b.Id).ToList();
        var counts = await db.BaselineActivities.Where(a => ids.Contains(a.BaselineId)).GroupBy(a => a.BaselineId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return baselines.OrderByDescending(b => b.SavedAt).ThenByDescending(b => b.Id)
            .Select(b => new BaselineSummary(b.Id, b.Name, b.SavedAt, b.SavedByName, b.ApprovedAt, b.ApprovedByName, b.Id == comparison,
                counts.GetValueOrDefault(b.Id), b.Version))
            .ToList();
    }
}
