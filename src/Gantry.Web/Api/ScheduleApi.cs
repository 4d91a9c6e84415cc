using Gantry.Core.Common;
using Gantry.Core.Schedules;

namespace Gantry.Web.Api;

/// <summary>
/// One project's schedule: the document the schedule page and the Gantt load, and the edits, each
/// answering with what moved (<see cref="ScheduleChange"/>). Deletes take the loaded version as <c>?version=</c>.
/// </summary>
public static class ScheduleApi
{
    public static void MapScheduleApi(this RouteGroupBuilder api)
    {
        var schedule = api.MapGroup("/projects/{projectId:guid}/schedule").WithTags("Schedule");
        schedule.MapGet("/", (Guid projectId, GetSchedule useCase, CancellationToken ct) => useCase.ExecuteAsync(projectId, ct))
            .ProducesProblem(StatusCodes.Status404NotFound);

        schedule.MapPost("/activities", (Guid projectId, ActivityInput input, AddActivity useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, input, ct)).ProducesValidationProblem();
        schedule.MapPatch("/activities/{activityId:guid}", (Guid projectId, Guid activityId, ActivityPatch patch, UpdateActivity useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, activityId, patch, ct)).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        schedule.MapDelete("/activities/{activityId:guid}", (Guid projectId, Guid activityId, int? version, DeleteActivity useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, activityId, version, ct)).ProducesProblem(StatusCodes.Status409Conflict);
        schedule.MapPost("/activities/copy", (Guid projectId, CopyActivitiesRequest request, CopyActivities useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, request.ActivityIds ?? [], ct)).ProducesValidationProblem();

        schedule.MapPost("/links", (Guid projectId, LinkInput input, AddLink useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, input, ct)).ProducesValidationProblem();
        schedule.MapPatch("/links/{linkId:guid}", (Guid projectId, Guid linkId, LinkInput input, UpdateLink useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, linkId, input, ct)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        schedule.MapDelete("/links/{linkId:guid}", (Guid projectId, Guid linkId, int? version, DeleteLink useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, linkId, version, ct)).ProducesProblem(StatusCodes.Status409Conflict);

        schedule.MapPost("/wbs", (Guid projectId, WbsInput input, AddWbsNode useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, input, ct)).ProducesValidationProblem();
        schedule.MapPatch("/wbs/{nodeId:guid}", (Guid projectId, Guid nodeId, WbsInput input, UpdateWbsNode useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, nodeId, input, ct)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        schedule.MapDelete("/wbs/{nodeId:guid}", async (Guid projectId, Guid nodeId, int? version, DeleteWbsNode useCase, CancellationToken ct) =>
        {
            await useCase.ExecuteAsync(projectId, nodeId, version, ct);
            return Results.NoContent();
        }).ProducesValidationProblem();

        schedule.MapPost("/calendars", (Guid projectId, CalendarInput input, SaveCalendar useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, null, input, ct)).ProducesValidationProblem();
        schedule.MapPut("/calendars/{calendarId:guid}", (Guid projectId, Guid calendarId, CalendarInput input, SaveCalendar useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, calendarId, input, ct)).ProducesValidationProblem();
        schedule.MapDelete("/calendars/{calendarId:guid}", async (Guid projectId, Guid calendarId, int? version, DeleteCalendar useCase,
            CancellationToken ct) =>
        {
            await useCase.ExecuteAsync(projectId, calendarId, version, ct);
            return Results.NoContent();
        }).ProducesValidationProblem();

        schedule.MapPut("/settings", (Guid projectId, ScheduleSettingsInput input, UpdateScheduleSettings useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, input, ct)).ProducesValidationProblem();

        // The upload is read by hand rather than bound as IFormFile, so a request that is not a form gets the same
        // field error as a missing file. Cross-site posts cannot carry the SameSite=Strict session cookie.
        schedule.MapPost("/import", async (Guid projectId, HttpRequest request, ImportSchedule useCase, CancellationToken ct) =>
        {
            var file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
            await using var stream = file?.OpenReadStream();
            return await useCase.ExecuteAsync(projectId, stream, file?.FileName, ct);
        }).ProducesValidationProblem();

        schedule.MapGet("/export", async (Guid projectId, string? format, ExportSchedule useCase, CancellationToken ct) =>
        {
            var chosen = format?.ToUpperInvariant() switch
            {
                "XLSX" or null => ScheduleExportFormat.Xlsx,
                "CSV" => ScheduleExportFormat.Csv,
                "XER" => ScheduleExportFormat.Xer,
                "XML" or "MSPDI" => ScheduleExportFormat.Mspdi,
                _ => throw ValidationFailedException.For("format", Gantry.Core.Localization.Text.Get("NotAllowedValue", Validation.Label("format"))),
            };
            var file = await useCase.ExecuteAsync(projectId, chosen, ct);
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).ProducesValidationProblem();

        schedule.MapGet("/baselines", (Guid projectId, ListBaselines useCase, CancellationToken ct) => useCase.ExecuteAsync(projectId, ct));
        schedule.MapPost("/baselines", (Guid projectId, SaveBaselineRequest request, SaveBaseline useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, request.Name, ct)).ProducesValidationProblem();
        schedule.MapPost("/baselines/{baselineId:guid}/approve", (Guid projectId, Guid baselineId, VersionRequest request, ApproveBaseline useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, baselineId, request.Version, ct)).ProducesProblem(StatusCodes.Status409Conflict);
        schedule.MapPut("/comparison-baseline", (Guid projectId, ComparisonBaselineRequest request, ChooseComparisonBaseline useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, request.BaselineId, ct));
        schedule.MapGet("/variance", (Guid projectId, Guid? baselineId, GetScheduleVariance useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, baselineId, ct)).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
