using Gantry.Core.Scenarios;

namespace Gantry.Web.Api;

/// <summary>
/// What-if scenarios of one project's schedule: copy, change (each change reschedules the scenario),
/// compare with the live schedule, adopt or discard. Deletes take the loaded version as <c>?version=</c>.
/// </summary>
public static class ScenariosApi
{
    public static void MapScenariosApi(this RouteGroupBuilder api)
    {
        var scenarios = api.MapGroup("/projects/{projectId:guid}/scenarios").WithTags("Scenarios");
        scenarios.MapGet("/", (Guid projectId, ListScenarios useCase, CancellationToken ct) => useCase.ExecuteAsync(projectId, ct))
            .ProducesProblem(StatusCodes.Status403Forbidden);
        scenarios.MapPost("/", (Guid projectId, CreateScenarioRequest request, CreateScenario useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, request.Name, ct)).ProducesValidationProblem();
        scenarios.MapGet("/{scenarioId:guid}", (Guid projectId, Guid scenarioId, GetScenario useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, scenarioId, ct)).ProducesProblem(StatusCodes.Status404NotFound);
        scenarios.MapGet("/{scenarioId:guid}/comparison", (Guid projectId, Guid scenarioId, GetScenario useCase, CancellationToken ct) =>
            useCase.CompareAsync(projectId, scenarioId, ct)).ProducesProblem(StatusCodes.Status404NotFound);

        scenarios.MapPost("/{scenarioId:guid}/changes", (Guid projectId, Guid scenarioId, ScenarioChangeRequest request, AddScenarioChange useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, scenarioId, request.Change, request.Version, ct))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        scenarios.MapDelete("/{scenarioId:guid}/changes/last", (Guid projectId, Guid scenarioId, int? version, UndoScenarioChange useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, scenarioId, version, ct)).ProducesProblem(StatusCodes.Status409Conflict);

        scenarios.MapPost("/{scenarioId:guid}/adopt", (Guid projectId, Guid scenarioId, VersionRequest request, AdoptScenario useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, scenarioId, request.Version, ct))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        scenarios.MapPost("/{scenarioId:guid}/discard", async (Guid projectId, Guid scenarioId, VersionRequest request, DiscardScenario useCase,
            CancellationToken ct) => await useCase.ExecuteAsync(projectId, scenarioId, request.Version, delete: false, ct))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        scenarios.MapDelete("/{scenarioId:guid}", async (Guid projectId, Guid scenarioId, int? version, DiscardScenario useCase, CancellationToken ct) =>
        {
            await useCase.ExecuteAsync(projectId, scenarioId, version, delete: true, ct);
            return Results.NoContent();
        }).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }
}
