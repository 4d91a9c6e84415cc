using Gantry.Core.Data;
using Gantry.Core.Organisations;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Schedules;

/// <summary>
/// What of a project's schedule the user may see. A member whose party in this project is a
/// subcontractor sees only the activities their organisation is responsible for, plus the
/// milestones everyone works towards; everyone else who may view the project sees it all.
/// </summary>
public sealed record ScheduleAccess(ProjectAccess Project, Guid? OnlyOrganisationId)
{
    public bool SeesEverything => OnlyOrganisationId is null;

    public bool Sees(Activity activity) =>
        OnlyOrganisationId is null || activity.IsReportedMilestone || activity.ResponsibleOrganisationId == OnlyOrganisationId;

    public static async Task<ScheduleAccess> RequireAsync(GantryDbContext db, PermissionService permissions, Guid projectId,
        Permission permission, CancellationToken cancellationToken)
    {
        var access = await permissions.RequireProjectAsync(projectId, permission, cancellationToken);
        if (access.Role is null)
        {
            return new ScheduleAccess(access, null);
        }

        var party = await db.Memberships.Where(m => m.ProjectId == projectId && m.UserId == access.User.Id)
            .Select(m => m.PartyRole).SingleAsync(cancellationToken);
        return new ScheduleAccess(access, party == OrganisationType.Subcontractor ? access.User.OrganisationId : null);
    }
}
