using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Users;

/// <summary>Remembers the user's UI language; null goes back to following the browser.</summary>
public sealed class SetPreferredCulture(GantryDbContext db, PermissionService permissions)
{
    public async Task<string?> ExecuteAsync(string? culture, CancellationToken cancellationToken = default)
    {
        var user = await permissions.RequireUserAsync(cancellationToken);
        string? matched = null;
        if (!string.IsNullOrWhiteSpace(culture))
        {
            matched = SupportedCultures.Match(culture);
            if (matched is null)
            {
                throw ValidationFailedException.For("language", Localization.Text.Get("NotAllowedValue", Validation.Label("language")));
            }
        }

        user.SetPreferredCulture(matched);
        await db.SaveChangesAsync(cancellationToken);
        return matched;
    }
}
