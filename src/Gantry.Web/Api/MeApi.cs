using Gantry.Core.Users;
using Gantry.Web.Auth;

namespace Gantry.Web.Api;

/// <summary>The signed-in user: who am I, change my password, my UI language.</summary>
public static class MeApi
{
    public static void MapMeApi(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Me");
        me.MapGet("/", (GetCurrentUser useCase, CancellationToken ct) => useCase.ExecuteAsync(ct));

        me.MapPut("/password", async (ChangePasswordRequest request, ChangePassword useCase, HttpContext http, CancellationToken ct) =>
        {
            var user = await useCase.ExecuteAsync(request.CurrentPassword, request.NewPassword, ct);
            // The stamp changed, which ends every session; renew this one so the user stays signed in here.
            if (http.User.Identity?.AuthenticationType == GantryAuthentication.CookieScheme)
            {
                await http.SignInCookieAsync(user);
            }

            return Results.NoContent();
        }).ProducesValidationProblem();

        me.MapPut("/language", async (LanguageRequest request, SetPreferredCulture useCase, CancellationToken ct) =>
            Results.Ok(new LanguageRequest(await useCase.ExecuteAsync(request.Language, ct)))).ProducesValidationProblem();
    }
}
