using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Users;

/// <summary>
/// Users with their organisation. Administrators see everyone with every detail; others see the people
/// they may pick as project members, everyone active (names and organisations are not secret on a site),
/// but not another person's e-mail address, administrator flag or lock-out.
/// </summary>
public sealed class ListUsers(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<UserSummary>> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var user = await permissions.RequireUserAsync(cancellationToken);
        if (user.IsAdministrator)
        {
            return await Query(db, db.Users.OrderBy(u => u.UserName)).ToListAsync(cancellationToken);
        }
        var active = await Query(db, db.Users.Where(u => u.IsActive).OrderBy(u => u.UserName)).ToListAsync(cancellationToken);
        return [.. active.Select(u => u.Id == user.Id ? u : u with { Email = null, IsAdministrator = false, LockedOutUntil = null })];
    }

    internal static IQueryable<UserSummary> Query(GantryDbContext db, IQueryable<User> users) =>
        users.Join(db.Organisations, u => u.OrganisationId, o => o.Id, (u, o) => new UserSummary(
            u.Id, u.UserName, u.DisplayName, u.Email, o.Id, o.Name, o.Type, u.IsAdministrator, u.IsActive,
            u.LockedOutUntil, u.Version));
}
