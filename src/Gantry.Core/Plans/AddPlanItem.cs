using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Gantry.Core.Schedules;

namespace Gantry.Core.Plans;

/// <summary>Adds work the master does not show (flagged "not in master"), such as clearing up after another trade.</summary>
public sealed class AddPlanItem(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<PlanDetails> ExecuteAsync(Guid projectId, Guid planId, PlanItemInput input, CancellationToken cancellationToken = default)
    {
        var access = await PlanAccess.RequireAsync(db, permissions, projectId, cancellationToken);
        var plan = await access.LoadForEditAsync(db, planId, input.Version, cancellationToken);
        plan.AddItem(input, await ProjectDayLength.MinutesAsync(db, projectId, cancellationToken), clock.GetUtcNow().UtcDateTime);
        PlanAccess.MarkChanged(db, plan);
        await db.SaveChangesAsync(cancellationToken);
        return await GetPlan.DetailsAsync(db, access, plan, cancellationToken);
    }
}
