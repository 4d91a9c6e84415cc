using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Schedules;

/// <summary>The project manager signs a baseline off (目标计划审批); who and when are kept with it.</summary>
public sealed class ApproveBaseline(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<BaselineSummary> ExecuteAsync(Guid projectId, Guid baselineId, int? version, CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.ApproveBaseline, cancellationToken);
        var baseline = await db.Baselines.SingleOrDefaultAsync(b => b.Id == baselineId && b.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_Baseline");
        ConcurrencyCheck.Expect(db, baseline, version, "Entity_Baseline");
        baseline.Approve(clock.GetUtcNow().UtcDateTime, access.User.Id, access.User.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        return (await ListBaselines.QueryAsync(db, projectId, cancellationToken)).Single(b => b.Id == baselineId);
    }
}
