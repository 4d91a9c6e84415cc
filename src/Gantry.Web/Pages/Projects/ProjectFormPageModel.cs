using Gantry.Core.Common;
using Gantry.Core.Organisations;
using Gantry.Core.Projects;
using Gantry.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects;

/// <summary>What the create and edit pages share: the form, its drop-downs, and error placement.</summary>
public abstract class ProjectFormPageModel(ListOrganisations listOrganisations, IStringLocalizer<SharedResource> text)
    : PageModel
{
    private static readonly IReadOnlySet<string> FormFields = ModelStateExtensions.FieldsOf<ProjectFormInput>();

    [BindProperty]
    public ProjectFormInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> TypeOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> StatusOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> OwnerOptions { get; private set; } = [];

    protected IStringLocalizer<SharedResource> Text => text;

    protected async Task LoadOptionsAsync(CancellationToken cancellationToken)
    {
        TypeOptions = SelectOptions.ForEnum<ProjectType>(text);
        StatusOptions = SelectOptions.ForEnum<ProjectStatus>(text);
        // Owners first: the owner field is meant for the 业主, but any party may be the paying client.
        var organisations = await listOrganisations.ExecuteAsync(cancellationToken);
        OwnerOptions = organisations
            .OrderBy(o => o.Type == OrganisationType.Owner ? 0 : 1)
            .Select(o => new SelectListItem($"{o.Name} ({UiFormat.EnumText(text, o.Type)})", o.Id.ToString()))
            .ToArray();
    }

    /// <summary>Shows Core's field errors beside the fields, then the form again.</summary>
    protected async Task<IActionResult> FormWithErrorsAsync(ValidationFailedException failure, CancellationToken cancellationToken)
    {
        ModelState.AddFieldErrors(failure, nameof(Input), FormFields);
        await LoadOptionsAsync(cancellationToken);
        return Page();
    }
}
