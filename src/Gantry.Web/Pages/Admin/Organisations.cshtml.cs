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

/// <summary>Administrators list the parties and register new ones.</summary>
public sealed class OrganisationsModel(PermissionService permissions, ListOrganisations listOrganisations,
    ListUsers listUsers, CreateOrganisation createOrganisation, IStringLocalizer<SharedResource> text) : PageModel
{
    private static readonly IReadOnlySet<string> FormFields = ModelStateExtensions.FieldsOf<OrganisationInputForm>();

    [BindProperty]
    public OrganisationInputForm Input { get; set; } = new();

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    public IReadOnlyDictionary<Guid, int> UserCounts { get; private set; } = new Dictionary<Guid, int>();

    public IReadOnlyList<SelectListItem> TypeOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await IsAdministratorAsync(cancellationToken))
        {
            return this.NotFoundPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await IsAdministratorAsync(cancellationToken))
        {
            return this.NotFoundPage();
        }

        try
        {
            var created = await createOrganisation.ExecuteAsync(Input.ToInput(), cancellationToken);
            TempData["Flash"] = text["Organisations.Created", created.Name].Value;
            return RedirectToPage();
        }
        catch (ValidationFailedException failure)
        {
            ModelState.AddFieldErrors(failure, nameof(Input), FormFields);
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    // Admin pages answer 404 to others, like any page a user has no business knowing about.
    private async Task<bool> IsAdministratorAsync(CancellationToken cancellationToken) =>
        (await permissions.RequireUserAsync(cancellationToken)).IsAdministrator;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Organisations = await listOrganisations.ExecuteAsync(cancellationToken);
        var users = await listUsers.ExecuteAsync(cancellationToken);
        UserCounts = users.GroupBy(u => u.OrganisationId).ToDictionary(g => g.Key, g => g.Count());
        TypeOptions = SelectOptions.ForEnum<OrganisationType>(text);
    }
}
