using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.AspNetCore.Identity;

namespace Gantry.Core.Users;

/// <summary>
/// The signed-in user changes their own password, proving they know the current one. The new
/// security stamp ends every other session of this user.
/// </summary>
public sealed class ChangePassword(GantryDbContext db, PermissionService permissions, IPasswordHasher<User> hasher)
{
    /// <returns>The new security stamp, so the host can renew the current user's cookie.</returns>
    public async Task<SignedInUser> ExecuteAsync(string? currentPassword, string? newPassword,
        CancellationToken cancellationToken = default)
    {
        var user = await permissions.RequireUserAsync(cancellationToken);
        var v = new Validation();
        if (string.IsNullOrEmpty(currentPassword))
        {
            v.Add("currentPassword", "Required");
        }
        else if (hasher.VerifyHashedPassword(user, user.PasswordHash, currentPassword) == PasswordVerificationResult.Failed)
        {
            v.Add("currentPassword", "WrongPassword");
        }

        PasswordRules.Check(v, "newPassword", newPassword);
        v.ThrowIfAny();

        user.SetPasswordHash(hasher.HashPassword(user, newPassword!));
        await db.SaveChangesAsync(cancellationToken);
        return new SignedInUser(user.Id, user.UserName, user.DisplayName, user.IsAdministrator, user.SecurityStamp,
            user.PreferredCulture);
    }
}
