using Gantry.Core.Common;
using Gantry.Core.Organisations;
using Gantry.Core.Permissions;
using Gantry.Core.Users;
using Gantry.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Admin;

/// <summary>An administrator changes an account, disables it, or sets a new password (which also lifts a lock-out).</summary>
public sealed class EditUserModel(PermissionService permissions, ListUsers listUsers, ListOrganisations listOrganisations,
    UpdateUser updateUser, ResetPassword resetPassword, IStringLocalizer<SharedResource> text) : PageModel
{
    private static readonly IReadOnlySet<string> FormFields = ModelStateExtensions.FieldsOf<EditUserForm>();

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public EditUserForm Input { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

    public UserSummary Account { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> OrganisationOptions { get; private set; } = [];

    public string? ConflictMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return this.NotFoundPage();
        }

        Input = EditUserForm.From(Account);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return this.NotFoundPage();
        }

        try
        {
            var saved = await updateUser.ExecuteAsync(Id, Input.ToInput(), cancellationToken);
            TempData["Flash"] = text["Users.Saved", saved.UserName].Value;
            return Redirect("~/admin/users");
        }
        catch (ValidationFailedException failure)
        {
            ModelState.AddFieldErrors(failure, nameof(Input), FormFields);
        }
        catch (ConcurrencyConflictException conflict)
        {
            ConflictMessage = conflict.Message;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return this.NotFoundPage();
        }

        try
        {
            await resetPassword.ExecuteAsync(Id, NewPassword, cancellationToken);
            TempData["Flash"] = text["Users.PasswordReset", Account.UserName].Value;
            return Redirect("~/admin/users");
        }
        catch (ValidationFailedException failure)
        {
            foreach (var error in failure.Errors)
            {
                ModelState.AddModelError(nameof(NewPassword), error.Message);
            }

            Input = EditUserForm.From(Account);
            return Page();
        }
    }

    /// <summary>False when the user is not an administrator or the account does not exist: both get the 404 page.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (!(await permissions.RequireUserAsync(cancellationToken)).IsAdministrator)
        {
            return false;
        }

        var users = await listUsers.ExecuteAsync(cancellationToken);
        if (users.FirstOrDefault(u => u.Id == Id) is not { } account)
        {
            return false;
        }

        Account = account;
        var organisations = await listOrganisations.ExecuteAsync(cancellationToken);
        OrganisationOptions = organisations
            .Select(o => new SelectListItem($"{o.Name} ({UiFormat.EnumText(text, o.Type)})", o.Id.ToString()))
            .ToArray();
        return true;
    }
}
