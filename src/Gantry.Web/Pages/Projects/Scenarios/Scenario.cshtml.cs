using Gantry.Core.Common;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Gantry.Core.Scenarios;
using Gantry.Core.Schedules;
using Gantry.Scheduling;
using Gantry.Web.Scenarios;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects.Scenarios;

/// <summary>
/// One scenario: its Gantt (drawn by wwwroot/js/scenario-page.js from the scenarios API), the
/// comparison with the live schedule, the change forms, the list of changes, adopt and discard.
/// Every form posts here and comes back with the rescheduled scenario or the refusal as a message.
/// </summary>
public sealed class ScenarioPageModel(GetProject getProject, GetScenario getScenario, AddScenarioChange addChange, UndoScenarioChange undoChange,
    AdoptScenario adoptScenario, DiscardScenario discardScenario, IStringLocalizer<ScenarioResource> text) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public Guid ScenarioId { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    public ScenarioDetails Details { get; private set; } = null!;

    public bool CanEdit => Project.MyPermissions.Contains(Permission.EditSchedule) && !Project.IsArchived;

    public bool IsOpen => Details.Scenario.Status == ScenarioStatus.Open;

    public int MinutesPerDay => Details.Schedule.MinutesPerDay;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostActivityAsync(Guid? activityId, double? durationDays, Guid? calendarId, string? constraintType,
        DateTime? constraintDate, string? remove, int? version, CancellationToken cancellationToken) =>
        ChangeAsync(version, details => remove is not null
            ? new ScenarioChange { Kind = ScenarioChangeKind.RemoveActivity, ActivityId = activityId }
            : new ScenarioChange
            {
                Kind = ScenarioChangeKind.ChangeActivity, ActivityId = activityId, DurationMinutes = Minutes(durationDays, details), CalendarId = calendarId,
                ConstraintType = Enum.TryParse<ConstraintType>(constraintType, out var type) ? type : null, ConstraintDate = constraintDate,
            }, cancellationToken);

    public Task<IActionResult> OnPostLinkAsync(Guid? predecessorId, Guid? successorId, string? type, double? lagDays, string? remove, int? version,
        CancellationToken cancellationToken) =>
        ChangeAsync(version, details =>
        {
            var existing = details.Schedule.Links.FirstOrDefault(l => l.PredecessorId == predecessorId && l.SuccessorId == successorId);
            var linkType = type switch
            {
                "SS" => RelationshipType.StartToStart,
                "FF" => RelationshipType.FinishToFinish,
                "SF" => RelationshipType.StartToFinish,
                _ => RelationshipType.FinishToStart,
            };
            if (remove is not null || existing is not null)
            {
                if (existing is null)
                {
                    throw ValidationFailedException.For("linkId", text["Change.NoSuchLink", Code(details, predecessorId), Code(details, successorId)]);
                }

                return remove is not null
                    ? new ScenarioChange { Kind = ScenarioChangeKind.RemoveLink, LinkId = existing.Id }
                    : new ScenarioChange { Kind = ScenarioChangeKind.ChangeLink, LinkId = existing.Id, LinkType = linkType, LagMinutes = Minutes(lagDays ?? 0, details) };
            }

            return new ScenarioChange
            {
                Kind = ScenarioChangeKind.AddLink, PredecessorId = predecessorId, SuccessorId = successorId, LinkType = linkType,
                LagMinutes = Minutes(lagDays ?? 0, details),
            };
        }, cancellationToken);

    public Task<IActionResult> OnPostCalendarAsync(string? calendarName, string? preset, int? version, CancellationToken cancellationToken) =>
        ChangeAsync(version, _ => new ScenarioChange
        {
            Kind = ScenarioChangeKind.AddCalendar, Calendar = CalendarPresets.Input(calendarName, preset),
        }, cancellationToken);

    public Task<IActionResult> OnPostNewActivityAsync(string? code, string? name, double? durationDays, int? version, CancellationToken cancellationToken) =>
        ChangeAsync(version, details => new ScenarioChange
        {
            Kind = ScenarioChangeKind.AddActivity, Code = code, Name = name, DurationMinutes = Minutes(durationDays ?? 0, details),
        }, cancellationToken);

    public Task<IActionResult> OnPostUndoAsync(int? version, CancellationToken cancellationToken) =>
        RunAsync(async () => text["Change.Done", ScenarioText.Wall((await undoChange.ExecuteAsync(Id, ScenarioId, version, cancellationToken)).Finish)]);

    public Task<IActionResult> OnPostAdoptAsync(int? version, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            var adoption = await adoptScenario.ExecuteAsync(Id, ScenarioId, version, cancellationToken);
            return text["Decide.Adopted", adoption.Scenario.Name, ScenarioText.Wall(adoption.Finish)];
        });

    public Task<IActionResult> OnPostDiscardAsync(int? version, CancellationToken cancellationToken) =>
        RunAsync(async () => text["Decide.Discarded", (await discardScenario.ExecuteAsync(Id, ScenarioId, version, delete: false, cancellationToken))!.Name]);

    public async Task<IActionResult> OnPostDeleteAsync(int? version, CancellationToken cancellationToken)
    {
        try
        {
            await discardScenario.ExecuteAsync(Id, ScenarioId, version, delete: true, cancellationToken);
            TempData["Flash"] = text["Decide.Deleted"].Value;
            return Redirect($"~/projects/{Id}/scenarios");
        }
        catch (GantryException refused) when (refused is ValidationFailedException or ConcurrencyConflictException)
        {
            TempData["Error"] = Message(refused);
            return Redirect($"~/projects/{Id}/scenarios/{ScenarioId}");
        }
    }

    private static long? Minutes(double? days, ScenarioDetails details) => days is { } d ? (long)Math.Round(d * details.Schedule.MinutesPerDay) : null;

    private static string Code(ScenarioDetails details, Guid? id) => details.Schedule.Activities.FirstOrDefault(a => a.Id == id)?.Code ?? "?";

    private Task<IActionResult> ChangeAsync(int? version, Func<ScenarioDetails, ScenarioChange> change, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            var details = await getScenario.ExecuteAsync(Id, ScenarioId, cancellationToken);
            var changed = await addChange.ExecuteAsync(Id, ScenarioId, change(details), version, cancellationToken);
            return text["Change.Done", ScenarioText.Wall(changed.Finish)];
        });

    /// <summary>A refusal for the scenario's state, its input or a stale version comes back as a message on the page; 403/404 go to the error page.</summary>
    private async Task<IActionResult> RunAsync(Func<Task<LocalizedString>> action)
    {
        try
        {
            TempData["Flash"] = (await action()).Value;
        }
        catch (GantryException refused) when (refused is ValidationFailedException or ConcurrencyConflictException)
        {
            TempData["Error"] = Message(refused);
        }

        return Redirect($"~/projects/{Id}/scenarios/{ScenarioId}");
    }

    private static string Message(GantryException refused) =>
        refused is ValidationFailedException failure ? string.Join(" ", failure.Errors.Select(e => e.Message)) : refused.Message;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        Details = await getScenario.ExecuteAsync(Id, ScenarioId, cancellationToken);
    }
}
