using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Gantry.Core.Schedules;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Plans;

/// <summary>One plan with its items, tasks and the differences to the master as it is now.</summary>
public sealed class GetPlan(GantryDbContext db, PermissionService permissions)
{
    public async Task<PlanDetails> ExecuteAsync(Guid projectId, Guid planId, CancellationToken cancellationToken = default)
    {
        var access = await PlanAccess.RequireAsync(db, permissions, projectId, cancellationToken);
        var plan = await access.LoadAsync(db, planId, cancellationToken);
        return await DetailsAsync(db, access, plan, cancellationToken);
    }

    /// <summary>The answer of every plan command: the plan as it now stands.</summary>
    internal static async Task<PlanDetails> DetailsAsync(GantryDbContext db, PlanAccess access, Plan plan, CancellationToken cancellationToken)
    {
        var ids = plan.Items.Where(i => i.ActivityId is not null).Select(i => i.ActivityId!.Value).Distinct().ToList();
        var master = await db.Activities.AsNoTracking().Where(a => a.ProjectId == plan.ProjectId && ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var organisation = plan.ResponsibleOrganisationId is { } org
            ? await db.Organisations.Where(o => o.Id == org).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        return PlanDetails.From(plan, access, organisation, master, await ProjectDayLength.MinutesAsync(db, plan.ProjectId, cancellationToken));
    }
}
