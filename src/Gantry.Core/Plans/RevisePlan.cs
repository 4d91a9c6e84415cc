using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Plans;

/// <summary>Starts a new revision of a published plan as a draft copy; the published one stays as it was issued.</summary>
public sealed class RevisePlan(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<PlanDetails> ExecuteAsync(Guid projectId, Guid planId, CancellationToken cancellationToken = default)
    {
        var access = await PlanAccess.RequireAsync(db, permissions, projectId, cancellationToken);
        var plan = await access.LoadAsync(db, planId, cancellationToken);
        access.EnsureCanEdit(plan.ResponsibleOrganisationId);
        var revision = plan.Revise(access.UserId, access.UserName, clock.GetUtcNow().UtcDateTime);
        db.Plans.Add(revision);
        await db.SaveChangesAsync(cancellationToken);
        return await GetPlan.DetailsAsync(db, access, revision, cancellationToken);
    }
}
