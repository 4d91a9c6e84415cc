using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Plans;

/// <summary>Sends a submitted or approved plan back to draft with the reason, for the preparer to rework.</summary>
public sealed class RejectPlan(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<PlanDetails> ExecuteAsync(Guid projectId, Guid planId, string? reason, int? version, CancellationToken cancellationToken = default)
    {
        var access = await PlanAccess.RequireAsync(db, permissions, projectId, cancellationToken);
        var plan = await access.LoadAsync(db, planId, cancellationToken);
        access.EnsureCanApprove();
        ConcurrencyCheck.Expect(db, plan, version, "Entity_Plan");
        plan.Reject(reason, access.UserName, clock.GetUtcNow().UtcDateTime);
        PlanAccess.MarkChanged(db, plan);
        await db.SaveChangesAsync(cancellationToken);
        return await GetPlan.DetailsAsync(db, access, plan, cancellationToken);
    }
}
