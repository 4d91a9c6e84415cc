using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Members;

/// <summary>The project's team; any member may see who else is on it.</summary>
public sealed class ListMembers(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<MemberSummary>> ExecuteAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.ViewProject, cancellationToken);
        var rows = await Query(db, db.Memberships.Where(m => m.ProjectId == projectId)).ToListAsync(cancellationToken);
        return rows.OrderBy(m => m.Role).ThenBy(m => m.UserName, StringComparer.Ordinal).ToArray();
    }

    internal static IQueryable<MemberSummary> Query(GantryDbContext db, IQueryable<ProjectMembership> memberships) =>
        from m in memberships
        join u in db.Users on m.UserId equals u.Id
        join o in db.Organisations on u.OrganisationId equals o.Id
        select new MemberSummary(m.Id, u.Id, u.UserName, u.DisplayName, o.Name, m.Role, m.PartyRole, m.AddedAt, m.Version);
}
