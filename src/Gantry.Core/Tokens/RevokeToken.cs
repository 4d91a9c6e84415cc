using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Tokens;

/// <summary>Revokes one of the user's tokens (an administrator may revoke anyone's). Revoking twice is harmless.</summary>
public sealed class RevokeToken(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<TokenSummary> ExecuteAsync(Guid tokenId, CancellationToken cancellationToken = default)
    {
        var user = await permissions.RequireUserAsync(cancellationToken);
        var token = await db.PersonalAccessTokens.SingleOrDefaultAsync(
            t => t.Id == tokenId && (t.UserId == user.Id || user.IsAdministrator), cancellationToken)
            ?? throw new NotFoundException("Entity_PersonalAccessToken");
        token.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return TokenSummary.From(token);
    }
}
