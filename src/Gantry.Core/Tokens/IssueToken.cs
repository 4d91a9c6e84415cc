using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Tokens;

/// <summary>The signed-in user creates a personal access token for an API client (a script, Excel, a BI tool).</summary>
public sealed class IssueToken(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<IssuedToken> ExecuteAsync(IssueTokenInput input, CancellationToken cancellationToken = default)
    {
        var user = await permissions.RequireUserAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var v = new Validation();
        var name = v.Trimmed("name", input.Name, PersonalAccessToken.NameMaxLength);
        DateTime? expiresAt = input.ExpiresAt?.ToUniversalTime();
        if (expiresAt is { } at && at <= now)
        {
            v.Add("expiresAt", "MustBeFuture");
        }

        v.ThrowIfAny();
        var (token, plain) = PersonalAccessToken.Issue(user.Id, name, now, expiresAt);
        db.PersonalAccessTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedToken(TokenSummary.From(token), plain);
    }
}
