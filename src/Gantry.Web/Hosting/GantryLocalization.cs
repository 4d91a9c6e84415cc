using Gantry.Core.Users;
using Microsoft.AspNetCore.Localization;

namespace Gantry.Web.Hosting;

/// <summary>
/// Request culture: the user's saved preference, else the <c>.AspNetCore.Culture</c> cookie, else
/// Accept-Language; Simplified Chinese when nothing matches, since the site teams read Chinese.
/// </summary>
public static class GantryLocalization
{
    public static IApplicationBuilder UseGantryRequestLocalization(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(SupportedCultures.Chinese)
            .AddSupportedCultures([.. SupportedCultures.All])
            .AddSupportedUICultures([.. SupportedCultures.All]);
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
        options.RequestCultureProviders =
        [
            new UserCultureProvider(),
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return app.UseRequestLocalization(options);
    }
}
