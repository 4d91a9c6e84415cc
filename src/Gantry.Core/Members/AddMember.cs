using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Members;

/// <summary>A project manager brings a user into the project with a role.</summary>
public sealed class AddMember(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<MemberSummary> ExecuteAsync(Guid projectId, MemberInput input, CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.ManageMembers, cancellationToken);
        var v = new Validation();
        var userId = v.Required("userId", input.UserId);
        v.ThrowIfAny();
        var organisationType = await (from u in db.Users
                                      join o in db.Organisations on u.OrganisationId equals o.Id
                                      where u.Id == userId && u.IsActive
                                      select (Organisations.OrganisationType?)o.Type).SingleOrDefaultAsync(cancellationToken)
            ?? throw ValidationFailedException.For("userId", Localization.Text.Get("NotAllowedValue", Validation.Label("userId")));
        if (await db.Memberships.AnyAsync(m => m.ProjectId == projectId && m.UserId == userId, cancellationToken))
        {
            throw ValidationFailedException.For("userId", Localization.Text.Get("AlreadyMember"));
        }

        var membership = ProjectMembership.Create(projectId, userId, input.Role, input.PartyRole ?? organisationType,
            clock.GetUtcNow().UtcDateTime);
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(cancellationToken);
        return await ListMembers.Query(db, db.Memberships.Where(m => m.Id == membership.Id)).SingleAsync(cancellationToken);
    }
}
