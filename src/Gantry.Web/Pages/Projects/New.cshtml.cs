using Gantry.Core.Common;
using Gantry.Core.Organisations;
using Gantry.Core.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects;

public sealed class NewModel(CreateProject createProject, ListOrganisations listOrganisations,
    IStringLocalizer<SharedResource> text) : ProjectFormPageModel(listOrganisations, text)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadOptionsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var created = await createProject.ExecuteAsync(Input.ToInput() with { Version = null }, cancellationToken);
            TempData["Flash"] = Text["Project.Created", created.Code].Value;
            return Redirect($"~/projects/{created.Id}");
        }
        catch (ValidationFailedException failure)
        {
            return await FormWithErrorsAsync(failure, cancellationToken);
        }
    }
}
