using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Users;

/// <summary>
/// An administrator changes a user's name, e-mail, organisation, administrator flag or disables
/// the account. An administrator cannot remove their own rights, so the system keeps one.
/// </summary>
public sealed class UpdateUser(GantryDbContext db, PermissionService permissions)
{
    public async Task<UserSummary> ExecuteAsync(Guid userId, UpdateUserInput input, CancellationToken cancellationToken = default)
    {
        var admin = await permissions.RequireAdministratorAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new NotFoundException("Entity_User");
        ConcurrencyCheck.Expect(db, user, input.Version, "Entity_User");

        var v = new Validation();
        var displayName = v.Trimmed("displayName", input.DisplayName, User.DisplayNameMaxLength);
        var email = v.Email("email", input.Email, required: false);
        var organisationId = v.Required("organisationId", input.OrganisationId);
        var isAdministrator = v.Required("isAdministrator", input.IsAdministrator);
        var isActive = v.Required("isActive", input.IsActive);
        if (email.Length > 0 && v.IsValid("email"))
        {
            var normalized = User.Normalize(email);
            if (await db.Users.AnyAsync(u => u.Id != userId && (u.NormalizedEmail == normalized || u.NormalizedUserName == normalized),
                    cancellationToken))
            {
                v.Add("email", "Duplicate", email);
            }
        }

        if (input.OrganisationId is { } orgId && !await db.Organisations.AnyAsync(o => o.Id == orgId, cancellationToken))
        {
            v.Add("organisationId", "NotAllowedValue");
        }

        if (user.Id == admin.Id && (input.IsAdministrator == false || input.IsActive == false))
        {
            v.Add(input.IsActive == false ? "isActive" : "isAdministrator", "NotAllowedValue");
        }

        v.ThrowIfAny();
        user.Change(displayName, email, organisationId, isAdministrator, isActive);
        await db.SaveChangesAsync(cancellationToken);
        return await ListUsers.Query(db, db.Users.Where(u => u.Id == userId)).SingleAsync(cancellationToken);
    }
}
