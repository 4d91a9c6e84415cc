using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Projects.Money;

/// <summary>Cost records from Excel: download the template, upload it filled; every refused row is listed, or a report of what was booked.</summary>
public sealed class CostImportModel(GetProject getProject, ImportCostSheet importSheet) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public CostImportReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        try
        {
            await using var stream = file?.OpenReadStream();
            Report = await importSheet.ExecuteAsync(Id, file?.FileName, stream, cancellationToken);
        }
        catch (ValidationFailedException failure)
        {
            Errors = failure.Errors;
        }

        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        if (!Project.MyPermissions.Contains(Permission.EditCosts))
        {
            throw new ForbiddenException();
        }
    }
}
