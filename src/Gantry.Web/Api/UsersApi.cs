using Gantry.Core.Users;

namespace Gantry.Web.Api;

/// <summary>User accounts; only administrators create, change and reset them.</summary>
public static class UsersApi
{
    public static void MapUsersApi(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users");
        users.MapGet("/", (ListUsers useCase, CancellationToken ct) => useCase.ExecuteAsync(ct));

        users.MapPost("/", async (CreateUserInput input, CreateUser useCase, CancellationToken ct) =>
        {
            var user = await useCase.ExecuteAsync(input, ct);
            return Results.Created($"/api/v1/users/{user.Id}", user);
        }).Produces<UserSummary>(StatusCodes.Status201Created).ProducesValidationProblem();

        users.MapPut("/{userId:guid}", (Guid userId, UpdateUserInput input, UpdateUser useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(userId, input, ct)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        users.MapPut("/{userId:guid}/password", async (Guid userId, ResetPasswordRequest request, ResetPassword useCase,
            CancellationToken ct) =>
        {
            await useCase.ExecuteAsync(userId, request.NewPassword, ct);
            return Results.NoContent();
        }).ProducesValidationProblem();
    }
}
