using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Ui;

/// <summary>Results shared by the pages.</summary>
public static class PageResults
{
    /// <summary>
    /// The app's 404 page, rendered at the requested URL. A non-member asking for a project gets
    /// exactly what a wrong URL gets, so the answer does not reveal that the project exists.
    /// </summary>
    public static IActionResult NotFoundPage(this PageModel page) =>
        new ViewResult
        {
            ViewName = "/Pages/Shared/NotFoundView.cshtml",
            StatusCode = StatusCodes.Status404NotFound,
            ViewData = page.ViewData,
            TempData = page.TempData,
        };
}
