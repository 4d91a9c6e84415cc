using Gantry.Core.Common;
using Gantry.Core.Users;
using Gantry.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Account;

/// <summary>Sign-in with user name or e-mail; wrong passwords and lock-outs get Core's message.</summary>
public sealed class SignInModel(SignIn signIn) : PageModel
{
    [BindProperty]
    public SignInForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await signIn.ExecuteAsync(Input.Login, Input.Password, cancellationToken);
            if (!result.Succeeded)
            {
                Error = result.Message;
                return Page();
            }

            await HttpContext.SignInCookieAsync(result.User!);
            return LocalRedirect(SafeReturnUrl);
        }
        catch (ValidationFailedException failure)
        {
            foreach (var error in failure.Errors)
            {
                var field = error.Field == "password" ? nameof(SignInForm.Password) : nameof(SignInForm.Login);
                ModelState.AddModelError($"{nameof(Input)}.{field}", error.Message);
            }

            return Page();
        }
    }

    /// <summary>Only paths of this site, so a crafted link cannot send the user elsewhere after signing in.</summary>
    private string SafeReturnUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "~/";
}
