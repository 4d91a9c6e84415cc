using System.Text.Encodings.Web;
using Gantry.Core.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Gantry.Web.Auth;

/// <summary>Authenticates "Authorization: Bearer gantry_…" with the hashed personal access tokens in Core.</summary>
public sealed class PersonalAccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AuthenticateToken authenticateToken) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var user = await authenticateToken.ExecuteAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        return user is null
            ? AuthenticateResult.Fail("The access token is unknown, revoked or expired.")
            : AuthenticateResult.Success(new AuthenticationTicket(GantryAuthentication.CreatePrincipal(user, Scheme.Name), Scheme.Name));
    }
}
