using Gantry.Core.Projects;
using Gantry.Web.Schedule;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects;

/// <summary>Upload a schedule file and see its DCMA-style health check; any member who may view the project may use it.</summary>
public sealed class ScheduleHealthModel(GetProject getProject, IStringLocalizer<ScheduleHealthResource> text) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    public ScheduleHealthReport? Report { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        (Report, Error) = await ScheduleHealthUpload.AssessAsync(file, text, cancellationToken);
        if (Error != null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
