using Gantry.Core.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Ui;

/// <summary>
/// The safety net behind every page handler: a refusal a page did not handle itself becomes a
/// proper HTML page in the user's language (404 for "not yours", the sign-in page for an ended
/// session), and a bug becomes an error page instead of the API's JSON problem body.
/// </summary>
public sealed class PageExceptionFilter(ILogger<PageExceptionFilter> logger, IStringLocalizer<SharedResource> text)
    : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not { } exception || executed.ExceptionHandled)
        {
            return;
        }

        executed.Result = exception switch
        {
            NotSignedInException => new RedirectResult("~/sign-in"),
            NotFoundException when context.HandlerInstance is PageModel page => page.NotFoundPage(),
            GantryException refused => ErrorView(context, StatusFor(refused), text["Error.Refused"], refused.Message),
            _ => Unexpected(context, exception),
        };
        executed.ExceptionHandled = true;
    }

    private static int StatusFor(GantryException refused) => refused switch
    {
        ForbiddenException => StatusCodes.Status403Forbidden,
        ConcurrencyConflictException => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    private ViewResult Unexpected(PageHandlerExecutingContext context, Exception exception)
    {
        logger.LogError(exception, "Unhandled error on page {Path}", context.HttpContext.Request.Path);
        return ErrorView(context, StatusCodes.Status500InternalServerError, text["Error.Title"], text["Error.Text"]);
    }

    private static ViewResult ErrorView(PageHandlerExecutingContext context, int status, string title, string message) =>
        new()
        {
            ViewName = "/Pages/Shared/ErrorView.cshtml",
            StatusCode = status,
            ViewData = new ViewDataDictionary<ErrorViewModel>(new EmptyModelMetadataProvider(), context.ModelState)
            {
                Model = new ErrorViewModel(status, title, message),
            },
        };
}
