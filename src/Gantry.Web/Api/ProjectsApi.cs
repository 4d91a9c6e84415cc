using Gantry.Core.Projects;

namespace Gantry.Web.Api;

/// <summary>The portfolio and one project's details.</summary>
public static class ProjectsApi
{
    public static void MapProjectsApi(this RouteGroupBuilder api)
    {
        var projects = api.MapGroup("/projects").WithTags("Projects");
        projects.MapGet("/", (string? search, ProjectStatus? status, bool? includeArchived, PortfolioSort? sort, bool? descending,
                ListPortfolio useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(new PortfolioQuery
            {
                Search = search,
                Status = status,
                IncludeArchived = includeArchived ?? false,
                Sort = sort ?? PortfolioSort.Code,
                Descending = descending ?? false,
            }, ct)).ProducesValidationProblem();

        projects.MapPost("/", async (ProjectInput input, CreateProject useCase, CancellationToken ct) =>
        {
            var project = await useCase.ExecuteAsync(input, ct);
            return Results.Created($"/api/v1/projects/{project.Id}", project);
        }).Produces<ProjectDetails>(StatusCodes.Status201Created).ProducesValidationProblem();

        projects.MapGet("/{projectId:guid}", (Guid projectId, GetProject useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, ct)).ProducesProblem(StatusCodes.Status404NotFound);

        projects.MapPut("/{projectId:guid}", (Guid projectId, ProjectInput input, UpdateProject useCase, CancellationToken ct) =>
                useCase.ExecuteAsync(projectId, input, ct))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound);

        projects.MapPost("/{projectId:guid}/archive", (Guid projectId, VersionRequest request, ArchiveProject useCase,
                CancellationToken ct) => useCase.ExecuteAsync(projectId, request.Version, archived: true, ct))
            .ProducesProblem(StatusCodes.Status409Conflict);

        projects.MapPost("/{projectId:guid}/restore", (Guid projectId, VersionRequest request, ArchiveProject useCase,
                CancellationToken ct) => useCase.ExecuteAsync(projectId, request.Version, archived: false, ct))
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
