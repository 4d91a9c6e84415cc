using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Users;

/// <summary>An administrator creates an account for a person of one organisation.</summary>
public sealed class CreateUser(GantryDbContext db, PermissionService permissions, IPasswordHasher<User> hasher,
    TimeProvider clock)
{
    public async Task<UserSummary> ExecuteAsync(CreateUserInput input, CancellationToken cancellationToken = default)
    {
        await permissions.RequireAdministratorAsync(cancellationToken);
        var user = await BuildAsync(db, hasher, input, clock.GetUtcNow().UtcDateTime, cancellationToken);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return await ListUsers.Query(db, db.Users.Where(u => u.Id == user.Id)).SingleAsync(cancellationToken);
    }

    /// <summary>Validates and builds a user; also used by the first-start and demo seeding, which run before anyone signs in.</summary>
    internal static async Task<User> BuildAsync(GantryDbContext db, IPasswordHasher<User> hasher, CreateUserInput input,
        DateTime now, CancellationToken cancellationToken)
    {
        var v = new Validation();
        var userName = v.Code("userName", input.UserName, User.UserNameMaxLength);
        var displayName = v.Trimmed("displayName", input.DisplayName, User.DisplayNameMaxLength);
        var email = v.Email("email", input.Email, required: false);
        PasswordRules.Check(v, "password", input.Password);
        var organisationId = v.Required("organisationId", input.OrganisationId);
        if (userName.Length > 0 && v.IsValid("userName"))
        {
            var normalized = User.Normalize(userName);
            if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized || u.NormalizedEmail == normalized, cancellationToken))
            {
                v.Add("userName", "Duplicate", userName);
            }
        }

        if (email.Length > 0 && v.IsValid("email"))
        {
            var normalized = User.Normalize(email);
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized || u.NormalizedUserName == normalized, cancellationToken))
            {
                v.Add("email", "Duplicate", email);
            }
        }

        if (input.OrganisationId is { } orgId && !await db.Organisations.AnyAsync(o => o.Id == orgId, cancellationToken))
        {
            v.Add("organisationId", "NotAllowedValue");
        }

        v.ThrowIfAny();
        var user = User.Create(userName, displayName, email, organisationId, input.IsAdministrator, now);
        user.SetPasswordHash(hasher.HashPassword(user, input.Password!));
        return user;
    }
}
