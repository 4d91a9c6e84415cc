using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Members;

/// <summary>A project manager changes a member's role or party role. The last project manager cannot be demoted.</summary>
public sealed class ChangeMember(GantryDbContext db, PermissionService permissions)
{
    public async Task<MemberSummary> ExecuteAsync(Guid projectId, Guid membershipId, MemberInput input,
        CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.ManageMembers, cancellationToken);
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == membershipId && m.ProjectId == projectId,
            cancellationToken) ?? throw new NotFoundException("Entity_ProjectMembership");
        ConcurrencyCheck.Expect(db, membership, input.Version, "Entity_ProjectMembership");
        // Check before changing: a refused change must not linger in the context for the rest of the request.
        if (membership.Role == ProjectRole.ProjectManager && input.Role is { } newRole && newRole != ProjectRole.ProjectManager)
        {
            await MemberRules.EnsureAnotherManagerAsync(db, projectId, membershipId, cancellationToken);
        }

        membership.Change(input.Role, input.PartyRole ?? membership.PartyRole);
        await db.SaveChangesAsync(cancellationToken);
        return await ListMembers.Query(db, db.Memberships.Where(m => m.Id == membership.Id)).SingleAsync(cancellationToken);
    }
}
