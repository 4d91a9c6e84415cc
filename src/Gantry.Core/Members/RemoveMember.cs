using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Members;

/// <summary>A project manager takes a user off the project; from then on the project is "not found" for them.</summary>
public sealed class RemoveMember(GantryDbContext db, PermissionService permissions)
{
    public async Task ExecuteAsync(Guid projectId, Guid membershipId, CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.ManageMembers, cancellationToken);
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == membershipId && m.ProjectId == projectId,
            cancellationToken) ?? throw new NotFoundException("Entity_ProjectMembership");
        if (membership.Role == ProjectRole.ProjectManager)
        {
            await MemberRules.EnsureAnotherManagerAsync(db, projectId, membershipId, cancellationToken);
        }

        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);
    }
}
