using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Gantry.Web.Schedule;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects;

/// <summary>
/// The DCMA-style health check of the project's own schedule or of an uploaded file; any member who may view
/// the project may use it (a subcontractor checks what it sees, as its export holds).
/// </summary>
public sealed class ScheduleHealthModel(GetProject getProject, ExportSchedule exportSchedule, IStringLocalizer<ScheduleHealthResource> text) : PageModel
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

    public async Task<IActionResult> OnPostProjectAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        var export = await exportSchedule.ExecuteAsync(Id, ScheduleExportFormat.Xer, cancellationToken);
        (Report, Error) = await ScheduleHealthUpload.AssessExportAsync(export, text, cancellationToken);
        return Page();
    }
}
