using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Plans;

/// <summary>The plans of a project the user may see, newest window first, filtered by level, status and organisation.</summary>
public sealed class ListPlans(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<PlanSummary>> ExecuteAsync(Guid projectId, PlanQuery query, CancellationToken cancellationToken = default)
    {
        var access = await PlanAccess.RequireAsync(db, permissions, projectId, cancellationToken);
        var plans = access.Visible(db.Plans.AsNoTracking().Where(p => p.ProjectId == projectId));
        if (query.Level is { } level)
        {
            plans = plans.Where(p => p.Level == level);
        }

        if (query.Status is { } status)
        {
            plans = plans.Where(p => p.Status == status);
        }

        if (query.OrganisationId is { } organisation)
        {
            plans = plans.Where(p => p.ResponsibleOrganisationId == organisation);
        }

        var list = await plans.Include(p => p.Items).AsSplitQuery().ToListAsync(cancellationToken);
        var orgIds = list.Where(p => p.ResponsibleOrganisationId is not null).Select(p => p.ResponsibleOrganisationId!.Value).Distinct().ToList();
        var names = await db.Organisations.Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return list.OrderByDescending(p => p.PeriodStart).ThenBy(p => p.Level).ThenByDescending(p => p.Revision)
            .Select(p => new PlanSummary(p.Id, p.Level, p.Name, p.PeriodStart, p.PeriodEnd, p.ResponsibleOrganisationId,
                p.ResponsibleOrganisationId is { } o ? names.GetValueOrDefault(o) : null, p.Status, p.Revision, p.Items.Count,
                PlanRollup.PlanPercent(p.Items), p.CreatedByName, p.PublishedAt, p.Version))
            .ToList();
    }
}
