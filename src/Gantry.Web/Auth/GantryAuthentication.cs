using System.Security.Claims;
using Gantry.Core.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Gantry.Web.Auth;

/// <summary>
/// Two ways in: the UI's cookie and API clients' personal access tokens (Authorization: Bearer gantry_…).
/// A policy scheme picks the token handler when a bearer header is present, else the cookie.
/// </summary>
public static class GantryAuthentication
{
    public const string Scheme = "Gantry";
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string TokenScheme = "PersonalAccessToken";
    public const string CookieName = "gantry.session";
    public const string SignInPath = "/sign-in";

    public static IServiceCollection AddGantryAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie or access token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? TokenScheme
                        : CookieScheme)
            .AddCookie(CookieScheme, options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                // Strict keeps the browser from sending the cookie on cross-site requests, which is
                // what protects the cookie-authenticated JSON API from cross-site request forgery.
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.LoginPath = SignInPath;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
                options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = ValidateSessionAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenHandler>(TokenScheme, null);
        services.AddAuthorization();
        return services;
    }

    /// <summary>The principal to pass to <c>HttpContext.SignInAsync(GantryAuthentication.CookieScheme, …)</c> after <see cref="SignIn"/> succeeded.</summary>
    public static ClaimsPrincipal CreatePrincipal(SignedInUser user, string authenticationType = CookieScheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName),
            new(GantryClaims.DisplayName, user.DisplayName),
            new(GantryClaims.SecurityStamp, user.SecurityStamp),
        };
        if (user.IsAdministrator)
        {
            claims.Add(new Claim(GantryClaims.Administrator, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }

    /// <summary>Signs the user in with the session cookie (used by the sign-in page and the sign-in API).</summary>
    public static Task SignInCookieAsync(this HttpContext context, SignedInUser user) =>
        context.SignInAsync(CookieScheme, CreatePrincipal(user), new AuthenticationProperties { IsPersistent = false });

    public static Task SignOutCookieAsync(this HttpContext context) => context.SignOutAsync(CookieScheme);

    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = context.Principal?.FindFirstValue(GantryClaims.SecurityStamp);
        var validate = context.HttpContext.RequestServices.GetRequiredService<ValidateSession>();
        if (!Guid.TryParse(id, out var userId) || !await validate.ExecuteAsync(userId, stamp, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieScheme);
        }
    }
}
