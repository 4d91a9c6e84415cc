using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Users;

/// <summary>Who am I: the signed-in user with their organisation.</summary>
public sealed class GetCurrentUser(GantryDbContext db, PermissionService permissions)
{
    public async Task<CurrentUserDetails> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var user = await permissions.RequireUserAsync(cancellationToken);
        var organisation = await db.Organisations.SingleAsync(o => o.Id == user.OrganisationId, cancellationToken);
        var canCreate = await permissions.CanCreateProjectsAsync(cancellationToken);
        return new CurrentUserDetails(user.Id, user.UserName, user.DisplayName, user.Email, organisation.Id,
            organisation.Name, organisation.Type, user.IsAdministrator, user.PreferredCulture, canCreate);
    }
}
