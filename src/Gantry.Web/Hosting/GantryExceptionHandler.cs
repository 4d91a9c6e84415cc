using Gantry.Core.Common;
using Gantry.Web.Robustness;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Gantry.Web.Hosting;

/// <summary>
/// Turns business refusals and malformed requests into problem-details responses with the
/// message in the user's language. Anything else is a real bug and stays a 500 without details.
/// </summary>
public sealed class GantryExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            ValidationFailedException v => new HttpValidationProblemDetails(v.Errors.GroupBy(e => e.Field)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal))
            {
                Status = StatusCodes.Status400BadRequest,
                // Taken from the exception: this handler runs outside the request's culture scope.
                Title = v.Summary,
                Detail = v.Message,
            },
            NotFoundException => Problem(StatusCodes.Status404NotFound, exception.Message),
            ForbiddenException => Problem(StatusCodes.Status403Forbidden, exception.Message),
            NotSignedInException => Problem(StatusCodes.Status401Unauthorized, exception.Message),
            ConcurrencyConflictException => Problem(StatusCodes.Status409Conflict, exception.Message),
            BadHttpRequestException bad => UnreadableRequestProblem.Create(httpContext, bad),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Problem(int status, string detail) => new() { Status = status, Detail = detail };
}
