using Gantry.Core.Organisations;

namespace Gantry.Web.Api;

/// <summary>Organisations (parties). Anyone signed in lists them; administrators create and change them.</summary>
public static class OrganisationsApi
{
    public static void MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var organisations = api.MapGroup("/organisations").WithTags("Organisations");
        organisations.MapGet("/", (ListOrganisations useCase, CancellationToken ct) => useCase.ExecuteAsync(ct));

        organisations.MapPost("/", async (OrganisationInput input, CreateOrganisation useCase, CancellationToken ct) =>
        {
            var organisation = await useCase.ExecuteAsync(input, ct);
            return Results.Created($"/api/v1/organisations/{organisation.Id}", organisation);
        }).Produces<OrganisationSummary>(StatusCodes.Status201Created).ProducesValidationProblem();

        organisations.MapPut("/{organisationId:guid}", (Guid organisationId, OrganisationInput input, UpdateOrganisation useCase,
            CancellationToken ct) => useCase.ExecuteAsync(organisationId, input, ct)).ProducesValidationProblem();
    }
}
