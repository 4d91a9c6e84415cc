using Gantry.Core.Tokens;

namespace Gantry.Web.Api;

/// <summary>The signed-in user's personal access tokens.</summary>
public static class TokensApi
{
    public static void MapTokensApi(this RouteGroupBuilder api)
    {
        var tokens = api.MapGroup("/tokens").WithTags("Access tokens");
        tokens.MapGet("/", (ListTokens useCase, CancellationToken ct) => useCase.ExecuteAsync(ct));

        tokens.MapPost("/", async (IssueTokenInput input, IssueToken useCase, CancellationToken ct) =>
        {
            var issued = await useCase.ExecuteAsync(input, ct);
            return Results.Created($"/api/v1/tokens/{issued.Summary.Id}", issued);
        }).Produces<IssuedToken>(StatusCodes.Status201Created).ProducesValidationProblem();

        tokens.MapDelete("/{tokenId:guid}", (Guid tokenId, RevokeToken useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(tokenId, ct));
    }
}
