using Gantry.Core.Common;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Gantry.Core.Scenarios;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects.Scenarios;

/// <summary>The project's what-if scenarios and the form that copies the live schedule into a new one.</summary>
public sealed class IndexModel(GetProject getProject, ListScenarios listScenarios, CreateScenario createScenario,
    IStringLocalizer<ScenarioResource> text) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    public IReadOnlyList<ScenarioSummary> Scenarios { get; private set; } = [];

    public bool CanEdit => Project.MyPermissions.Contains(Permission.EditSchedule) && !Project.IsArchived;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        try
        {
            var scenario = await createScenario.ExecuteAsync(Id, Name, cancellationToken);
            TempData["Flash"] = text["Scenarios.Created", scenario.Name].Value;
            return Redirect($"~/projects/{Id}/scenarios/{scenario.Id}");
        }
        catch (ValidationFailedException failure)
        {
            foreach (var error in failure.Errors)
            {
                ModelState.AddModelError(error.Field == "name" ? nameof(Name) : string.Empty, error.Message);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        Scenarios = await listScenarios.ExecuteAsync(Id, cancellationToken);
    }
}
