using Gantry.Core.Members;

namespace Gantry.Web.Api;

/// <summary>A project's team.</summary>
public static class MembersApi
{
    public static void MapMembersApi(this RouteGroupBuilder api)
    {
        var members = api.MapGroup("/projects/{projectId:guid}/members").WithTags("Members");
        members.MapGet("/", (Guid projectId, ListMembers useCase, CancellationToken ct) => useCase.ExecuteAsync(projectId, ct));

        members.MapPost("/", async (Guid projectId, MemberInput input, AddMember useCase, CancellationToken ct) =>
        {
            var member = await useCase.ExecuteAsync(projectId, input, ct);
            return Results.Created($"/api/v1/projects/{projectId}/members/{member.Id}", member);
        }).Produces<MemberSummary>(StatusCodes.Status201Created).ProducesValidationProblem();

        members.MapPut("/{membershipId:guid}", (Guid projectId, Guid membershipId, MemberInput input, ChangeMember useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, membershipId, input, ct)).ProducesValidationProblem();

        members.MapDelete("/{membershipId:guid}", async (Guid projectId, Guid membershipId, RemoveMember useCase,
            CancellationToken ct) =>
        {
            await useCase.ExecuteAsync(projectId, membershipId, ct);
            return Results.NoContent();
        });
    }
}
