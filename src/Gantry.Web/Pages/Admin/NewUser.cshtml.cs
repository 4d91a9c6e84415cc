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

/// <summary>An administrator creates an account and hands the initial password to the person.</summary>
public sealed class NewUserModel(PermissionService permissions, ListOrganisations listOrganisations, CreateUser createUser,
    IStringLocalizer<SharedResource> text) : PageModel
{
    private static readonly IReadOnlySet<string> FormFields = ModelStateExtensions.FieldsOf<NewUserForm>();

    [BindProperty]
    public NewUserForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> OrganisationOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!(await permissions.RequireUserAsync(cancellationToken)).IsAdministrator)
        {
            return this.NotFoundPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!(await permissions.RequireUserAsync(cancellationToken)).IsAdministrator)
        {
            return this.NotFoundPage();
        }

        try
        {
            var created = await createUser.ExecuteAsync(Input.ToInput(), cancellationToken);
            TempData["Flash"] = text["Users.Created", created.UserName].Value;
            return Redirect("~/admin/users");
        }
        catch (ValidationFailedException failure)
        {
            ModelState.AddFieldErrors(failure, nameof(Input), FormFields);
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var organisations = await listOrganisations.ExecuteAsync(cancellationToken);
        OrganisationOptions = organisations
            .Select(o => new SelectListItem($"{o.Name} ({UiFormat.EnumText(text, o.Type)})", o.Id.ToString()))
            .ToArray();
    }
}
