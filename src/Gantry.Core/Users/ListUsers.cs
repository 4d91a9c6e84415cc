using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Users;

/// <summary>
/// Users with their organisation. Administrators see everyone; others see people they need to
/// pick as project members, which is everyone active (names and organisations are not secret on a site).
/// </summary>
public sealed class ListUsers(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<UserSummary>> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var user = await permissions.RequireUserAsync(cancellationToken);
        var users = user.IsAdministrator ? db.Users : db.Users.Where(u => u.IsActive);
        return await Query(db, users.OrderBy(u => u.UserName)).ToListAsync(cancellationToken);
    }

    internal static IQueryable<UserSummary> Query(GantryDbContext db, IQueryable<User> users) =>
        users.Join(db.Organisations, u => u.OrganisationId, o => o.Id, (u, o) => new UserSummary(
            u.Id, u.UserName, u.DisplayName, u.Email, o.Id, o.Name, o.Type, u.IsAdministrator, u.IsActive,
            u.LockedOutUntil, u.Version));
}
