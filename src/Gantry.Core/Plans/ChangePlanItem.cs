using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Gantry.Core.Schedules;

namespace Gantry.Core.Plans;

/// <summary>Changes an item's window values (dates, duration, percent to reach, quantity), or any field of an item not in the master.</summary>
public sealed class ChangePlanItem(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<PlanDetails> ExecuteAsync(Guid projectId, Guid planId, Guid itemId, PlanItemInput input, CancellationToken cancellationToken = default)
    {
        var access = await PlanAccess.RequireAsync(db, permissions, projectId, cancellationToken);
        var plan = await access.LoadForEditAsync(db, planId, input.Version, cancellationToken);
        plan.ChangeItem(itemId, input, await ProjectDayLength.MinutesAsync(db, projectId, cancellationToken), clock.GetUtcNow().UtcDateTime);
        PlanAccess.MarkChanged(db, plan);
        await db.SaveChangesAsync(cancellationToken);
        return await GetPlan.DetailsAsync(db, access, plan, cancellationToken);
    }
}
