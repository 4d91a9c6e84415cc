using Gantry.Core.Common;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Projects.Views;

/// <summary>
/// What the four schedule view pages share: the project, whether the user may edit, and how a
/// refused POST comes back (the message on the page, not an error screen). Core checks every
/// permission again, so hiding a control is only a courtesy.
/// </summary>
public abstract class ScheduleViewPage(GetProject getProject) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    /// <summary>Planners and project managers edit; an archived project is read-only for everyone.</summary>
    public bool CanEdit => Project.MyPermissions.Contains(Permission.EditSchedule) && !Project.IsArchived;

    /// <summary>The outcome of the last POST, shown once after the redirect.</summary>
    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? Problem { get; set; }

    protected async Task LoadProjectAsync(CancellationToken cancellationToken) =>
        Project = await getProject.ExecuteAsync(Id, cancellationToken);

    /// <summary>
    /// Runs an edit and redirects back (post/redirect/get). A business refusal becomes the page's
    /// problem message; a forbidden edit answers 403, so a hand-made POST is refused visibly.
    /// </summary>
    protected async Task<IActionResult> EditAsync(Func<Task<string>> edit, string back)
    {
        try
        {
            Notice = await edit();
        }
        catch (ValidationFailedException failure)
        {
            Problem = string.Join(" ", failure.Errors.Select(e => e.Message));
        }
        catch (ConcurrencyConflictException conflict)
        {
            Problem = conflict.Message;
        }

        return LocalRedirect(back);
    }
}
