using Gantry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Users;

/// <summary>
/// Is a session (cookie) still good: the user exists, is active, and has not changed their
/// password since it was issued (the security stamp matches).
/// </summary>
public sealed class ValidateSession(GantryDbContext db)
{
    public Task<bool> ExecuteAsync(Guid userId, string? securityStamp, CancellationToken cancellationToken = default) =>
        db.Users.AnyAsync(u => u.Id == userId && u.IsActive && u.SecurityStamp == securityStamp, cancellationToken);
}
