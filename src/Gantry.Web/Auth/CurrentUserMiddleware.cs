using System.Security.Claims;
using Gantry.Core.Permissions;

namespace Gantry.Web.Auth;

/// <summary>Hands the authenticated user to Core's <see cref="CurrentUser"/>, so use cases and the audit trail know who acts.</summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentUser currentUser)
    {
        var id = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (context.User.Identity?.IsAuthenticated == true && Guid.TryParse(id, out var userId))
        {
            currentUser.Set(userId, context.User.Identity.Name ?? string.Empty);
        }

        return next(context);
    }
}
