using Gantry.Core.Data;
using Gantry.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Tokens;

/// <summary>Finds the active user behind a bearer token, or null for an unknown, revoked or expired token.</summary>
public sealed class AuthenticateToken(GantryDbContext db, TimeProvider clock)
{
    // Writing "last used" on every call would turn each API read into a write; once a minute is enough to spot stale tokens.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<SignedInUser?> ExecuteAsync(string? plainToken, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(plainToken) || !plainToken.StartsWith(PersonalAccessToken.Prefix, StringComparison.Ordinal)
            || plainToken.Length > 200)
        {
            return null;
        }

        var hash = PersonalAccessToken.Hash(plainToken.Trim());
        var token = await db.PersonalAccessTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (token is null || !token.IsUsable(now))
        {
            return null;
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == token.UserId && u.IsActive, cancellationToken);
        if (user is null)
        {
            return null;
        }

        if (token.LastUsedAt is null || now - token.LastUsedAt.Value > LastUsedResolution)
        {
            token.MarkUsed(now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new SignedInUser(user.Id, user.UserName, user.DisplayName, user.IsAdministrator, user.SecurityStamp,
            user.PreferredCulture);
    }
}
