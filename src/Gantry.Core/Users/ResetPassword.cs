using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Users;

/// <summary>An administrator sets a new password for a user (forgotten password, locked account); their sessions end.</summary>
public sealed class ResetPassword(GantryDbContext db, PermissionService permissions, IPasswordHasher<User> hasher)
{
    public async Task ExecuteAsync(Guid userId, string? newPassword, CancellationToken cancellationToken = default)
    {
        await permissions.RequireAdministratorAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new NotFoundException("Entity_User");
        var v = new Validation();
        PasswordRules.Check(v, "newPassword", newPassword);
        v.ThrowIfAny();
        user.ResetPassword(hasher.HashPassword(user, newPassword!));
        await db.SaveChangesAsync(cancellationToken);
    }
}
