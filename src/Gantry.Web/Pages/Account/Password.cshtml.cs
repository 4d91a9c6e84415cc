using Gantry.Core.Common;
using Gantry.Core.Users;
using Gantry.Web.Auth;
using Gantry.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Account;

/// <summary>The user changes their own password; other sessions end, this one is renewed.</summary>
public sealed class PasswordModel(ChangePassword changePassword, IStringLocalizer<SharedResource> text) : PageModel
{
    private static readonly IReadOnlySet<string> FormFields = ModelStateExtensions.FieldsOf<PasswordForm>();

    [BindProperty]
    public PasswordForm Input { get; set; } = new();

    public int MinLength => Core.Users.User.MinPasswordLength;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Typing the new password twice catches a typo before it locks the user out; Core needs it only once.
        if (!string.Equals(Input.NewPassword, Input.ConfirmPassword, StringComparison.Ordinal))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(PasswordForm.ConfirmPassword)}", text["Password.Mismatch"]);
            return Page();
        }

        try
        {
            var user = await changePassword.ExecuteAsync(Input.CurrentPassword, Input.NewPassword, cancellationToken);
            await HttpContext.SignInCookieAsync(user);
            TempData["Flash"] = text["Password.Changed"].Value;
            return Redirect("~/");
        }
        catch (ValidationFailedException failure)
        {
            ModelState.AddFieldErrors(failure, nameof(Input), FormFields);
            return Page();
        }
    }
}
