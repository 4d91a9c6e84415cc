using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Schedules;

/// <summary>Saves the current dates of every activity as a named baseline (any number may be kept).</summary>
public sealed class SaveBaseline(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<BaselineSummary> ExecuteAsync(Guid projectId, string? name, CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditSchedule, cancellationToken);
        var baseline = Baseline.Save(projectId, name, clock.GetUtcNow().UtcDateTime, access.User.Id, access.User.DisplayName);
        var activities = await db.Activities.AsNoTracking().Where(a => a.ProjectId == projectId).ToListAsync(cancellationToken);
        db.Baselines.Add(baseline);
        db.BaselineActivities.AddRange(activities.Select(a => BaselineActivity.Of(baseline.Id, a)));
        await db.SaveChangesAsync(cancellationToken);
        var settings = await ProjectSchedule.LoadSettingsAsync(db, access.Project, cancellationToken);
        return new BaselineSummary(baseline.Id, baseline.Name, baseline.SavedAt, baseline.SavedByName, null, null,
            settings.ComparisonBaselineId == baseline.Id, activities.Count, baseline.Version);
    }
}
