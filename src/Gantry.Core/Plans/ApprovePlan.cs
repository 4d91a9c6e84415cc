using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Plans;

/// <summary>The project manager approves a submitted plan (planners prepare, the project manager approves).</summary>
public sealed class ApprovePlan(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<PlanDetails> ExecuteAsync(Guid projectId, Guid planId, int? version, CancellationToken cancellationToken = default)
    {
        var access = await PlanAccess.RequireAsync(db, permissions, projectId, cancellationToken);
        var plan = await access.LoadAsync(db, planId, cancellationToken);
        access.EnsureCanApprove();
        ConcurrencyCheck.Expect(db, plan, version, "Entity_Plan");
        plan.Approve(access.UserName, clock.GetUtcNow().UtcDateTime);
        PlanAccess.MarkChanged(db, plan);
        await db.SaveChangesAsync(cancellationToken);
        return await GetPlan.DetailsAsync(db, access, plan, cancellationToken);
    }
}
