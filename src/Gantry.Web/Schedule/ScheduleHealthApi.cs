using Gantry.Core.Projects;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Schedule;

/// <summary><c>POST /api/v1/projects/{id}/schedule-health</c>: a schedule file in, the health assessment out.</summary>
public static class ScheduleHealthApi
{
    public static void MapScheduleHealthApi(this RouteGroupBuilder api)
    {
        api.MapPost("/projects/{projectId:guid}/schedule-health", async (Guid projectId, HttpRequest request, GetProject getProject,
                IStringLocalizer<ScheduleHealthResource> text, CancellationToken ct) =>
            {
                // Members with ViewProject only; anyone else gets the same 404 as a wrong id.
                await getProject.ExecuteAsync(projectId, ct);

                // Read by hand rather than bound as IFormFile: a request that is not a form then gets the
                // "no file" message, and an anonymous one the 401 of the group, instead of a routing 404.
                var file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
                var (report, error) = await ScheduleHealthUpload.AssessAsync(file, text, ct);
                return report != null
                    ? Results.Ok(report)
                    : Results.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest, title: text["Health.BadFile"]);
            })
            .WithTags("Schedule")

            // Reading a file changes nothing on the server, so there is no forged request to guard against.
            .DisableAntiforgery()
            .Produces<ScheduleHealthReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
