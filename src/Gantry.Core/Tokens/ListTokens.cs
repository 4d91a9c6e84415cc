using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Tokens;

/// <summary>The signed-in user's own tokens, newest first.</summary>
public sealed class ListTokens(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<TokenSummary>> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var user = await permissions.RequireUserAsync(cancellationToken);
        var tokens = await db.PersonalAccessTokens.Where(t => t.UserId == user.Id).ToListAsync(cancellationToken);
        return tokens.OrderByDescending(t => t.CreatedAt).Select(TokenSummary.From).ToArray();
    }
}
