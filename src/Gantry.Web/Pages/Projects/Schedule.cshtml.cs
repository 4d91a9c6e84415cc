using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Projects;

/// <summary>
/// The schedule page: the shell around the Gantt. The schedule itself is loaded and edited by
/// wwwroot/js/schedule-page.js through the schedule API, which checks every permission again.
/// </summary>
public sealed class ScheduleModel(GetProject getProject) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    /// <summary>Planners and project managers get the edit controls; an archived project is read-only for everyone.</summary>
    public bool CanEdit => Project.MyPermissions.Contains(Permission.EditSchedule) && !Project.IsArchived;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        return Page();
    }
}
