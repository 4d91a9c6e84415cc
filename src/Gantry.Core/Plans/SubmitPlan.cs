using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Plans;

/// <summary>The preparer hands the draft to the project manager for approval.</summary>
public sealed class SubmitPlan(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<PlanDetails> ExecuteAsync(Guid projectId, Guid planId, int? version, CancellationToken cancellationToken = default)
    {
        var access = await PlanAccess.RequireAsync(db, permissions, projectId, cancellationToken);
        var plan = await access.LoadForEditAsync(db, planId, version, cancellationToken);
        plan.Submit(access.UserName, clock.GetUtcNow().UtcDateTime);
        PlanAccess.MarkChanged(db, plan);
        await db.SaveChangesAsync(cancellationToken);
        return await GetPlan.DetailsAsync(db, access, plan, cancellationToken);
    }
}
