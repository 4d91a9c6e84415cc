using Gantry.Core.Common;
using Gantry.Core.Organisations;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Gantry.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects;

/// <summary>Edits a project. The form carries the version it was loaded at, so a later save by someone else is detected.</summary>
public sealed class EditModel(GetProject getProject, UpdateProject updateProject, ListOrganisations listOrganisations,
    IStringLocalizer<SharedResource> text) : ProjectFormPageModel(listOrganisations, text)
{
    [FromRoute]
    public Guid Id { get; set; }

    public bool Conflict { get; private set; }

    public string? ConflictMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var project = await getProject.ExecuteAsync(Id, cancellationToken);
        if (!project.MyPermissions.Contains(Permission.EditProject) || project.IsArchived)
        {
            return Redirect($"~/projects/{Id}");
        }

        Input = ProjectFormInput.From(project);

        await LoadOptionsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await updateProject.ExecuteAsync(Id, Input.ToInput(), cancellationToken);
            TempData["Flash"] = Text["Project.Saved"].Value;
            return Redirect($"~/projects/{Id}");
        }
        catch (ForbiddenException denied)
        {
            ModelState.AddModelError(string.Empty, denied.Message);
            await LoadOptionsAsync(cancellationToken);
            return Page();
        }
        catch (ValidationFailedException failure)
        {
            return await FormWithErrorsAsync(failure, cancellationToken);
        }
        catch (ConcurrencyConflictException conflict)
        {
            // Keep what this user typed on screen so nothing is lost; they reload to see the other change.
            Conflict = true;
            ConflictMessage = conflict.Message;
            await LoadOptionsAsync(cancellationToken);
            return Page();
        }
    }
}
