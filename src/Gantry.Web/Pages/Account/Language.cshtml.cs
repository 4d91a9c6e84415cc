using Gantry.Core.Common;
using Gantry.Core.Users;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Account;

/// <summary>
/// The language switch. A signed-in user's choice is saved with the account (it follows them to
/// any browser); the culture cookie keeps it for the sign-in page after signing out.
/// </summary>
public sealed class LanguageModel(SetPreferredCulture setPreferredCulture) : PageModel
{
    public IActionResult OnGet() => Redirect("~/");

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl, CancellationToken cancellationToken)
    {
        var matched = SupportedCultures.Match(culture);
        if (matched is null)
        {
            return BadRequest();
        }

        if (User.Identity?.IsAuthenticated == true)
        {
            try
            {
                await setPreferredCulture.ExecuteAsync(matched, cancellationToken);
            }
            catch (NotSignedInException)
            {
                // A stale cookie: the culture cookie below still applies to the sign-in page.
            }
        }

        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(matched)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        return LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "~/");
    }
}
