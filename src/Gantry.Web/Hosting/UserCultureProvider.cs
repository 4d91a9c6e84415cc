using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Gantry.Core.Users;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Web.Hosting;

/// <summary>The first choice of UI language: the one the signed-in user saved. Then the cookie, then the browser.</summary>
public sealed class UserCultureProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var currentUser = httpContext.RequestServices.GetRequiredService<CurrentUser>();
        if (currentUser.UserId is not { } userId)
        {
            return null;
        }

        var db = httpContext.RequestServices.GetRequiredService<GantryDbContext>();
        var culture = await db.Users.Where(u => u.Id == userId).Select(u => u.PreferredCulture)
            .SingleOrDefaultAsync(httpContext.RequestAborted);
        return SupportedCultures.Match(culture) is { } matched ? new ProviderCultureResult(matched) : null;
    }
}
