using Gantry.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Account;

/// <summary>Signing out is a POST (with the anti-forgery token), so a link on another site cannot sign anyone out.</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect("~/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutCookieAsync();
        return Redirect("~/sign-in");
    }
}
