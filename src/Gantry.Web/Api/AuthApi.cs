using Gantry.Core.Users;
using Gantry.Web.Auth;

namespace Gantry.Web.Api;

/// <summary>Cookie sign-in and sign-out over JSON (the UI's forms do the same through <see cref="SignIn"/>).</summary>
public static class AuthApi
{
    public static void MapAuthApi(this RouteGroupBuilder v1)
    {
        var auth = v1.MapGroup("/auth").WithTags("Sign-in");
        auth.MapPost("/sign-in", async (SignInRequest request, SignIn signIn, GetCurrentUser me, Gantry.Core.Permissions.CurrentUser current,
            HttpContext http, CancellationToken ct) =>
        {
            var result = await signIn.ExecuteAsync(request.UserName, request.Password, ct);
            if (!result.Succeeded)
            {
                var extensions = result.LockedOutUntil is { } until
                    ? new Dictionary<string, object?>(StringComparer.Ordinal) { ["lockedOutUntil"] = until }
                    : null;
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: result.Message, extensions: extensions);
            }

            var user = result.User!;
            await http.SignInCookieAsync(user);
            current.Set(user.Id, user.UserName);
            return Results.Ok(await me.ExecuteAsync(ct));
        }).AllowAnonymous().Produces<CurrentUserDetails>().ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesValidationProblem();

        auth.MapPost("/sign-out", async (HttpContext http) =>
        {
            await http.SignOutCookieAsync();
            return Results.NoContent();
        }).AllowAnonymous();
    }
}
