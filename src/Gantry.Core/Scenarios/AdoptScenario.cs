using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Gantry.Core.Schedules;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Scenarios;

/// <summary>
/// Makes a scenario the plan: its changes are replayed on the live schedule through the live
/// schedule's own use cases (so every rule of a manual edit applies, and each one reschedules), all in
/// one database transaction. If any change is refused, nothing of the scenario reaches the live schedule.
/// </summary>
public sealed class AdoptScenario(
    GantryDbContext db,
    PermissionService permissions,
    TimeProvider clock,
    UpdateActivity updateActivity,
    AddActivity addActivity,
    DeleteActivity deleteActivity,
    AddLink addLink,
    UpdateLink updateLink,
    DeleteLink deleteLink,
    SaveCalendar saveCalendar)
{
    public async Task<ScenarioAdoption> ExecuteAsync(Guid projectId, Guid scenarioId, int? version, CancellationToken cancellationToken = default)
    {
        var access = await ScenarioAccess.RequireAsync(db, permissions, projectId, Permission.EditSchedule, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var scenario = await ScenarioLoader.RequireAsync(db, projectId, scenarioId, tracked: true, cancellationToken);
        Common.ConcurrencyCheck.Expect(db, scenario, version, "Entity_Scenario");
        scenario.RequireOpen();
        var changes = scenario.Changes;
        var live = await ProjectSchedule.LoadAsync(db, access.Project.Project, cancellationToken);
        LiveConflicts.Check(scenario.Snapshot, changes, live.Activities, live.Links, live.Calendars);

        // Records the scenario created get new ids in the live schedule; later changes refer to them by the scenario's ids.
        var ids = new Dictionary<Guid, Guid>();
        Guid? Live(Guid? id) => id is { } key ? ids.GetValueOrDefault(key, key) : null;
        foreach (var change in changes)
        {
            await ReplayAsync(projectId, change, ids, Live, cancellationToken);
        }

        scenario.Adopt(clock.GetUtcNow().UtcDateTime, access.Project.User.Id, access.Project.User.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var settings = await db.ScheduleSettings.AsNoTracking().SingleAsync(s => s.ProjectId == projectId, cancellationToken);
        return new ScenarioAdoption(ScenarioSummary.Of(scenario), settings.Finish, settings.Revision);
    }

    private async Task ReplayAsync(Guid projectId, ScenarioChange change, Dictionary<Guid, Guid> ids, Func<Guid?, Guid?> live,
        CancellationToken cancellationToken)
    {
        switch (change.Kind)
        {
            case ScenarioChangeKind.ChangeActivity:
                var activityId = live(change.ActivityId)!.Value;
                await updateActivity.ExecuteAsync(projectId, activityId,
                    (change with { CalendarId = live(change.CalendarId) }).ToPatch(await ActivityVersionAsync(activityId, cancellationToken)),
                    cancellationToken);
                break;
            case ScenarioChangeKind.AddActivity:
                var added = await addActivity.ExecuteAsync(projectId, (change with { CalendarId = live(change.CalendarId) }).ToNewActivity(),
                    cancellationToken);
                ids[change.ActivityId!.Value] = added.Id!.Value;
                break;
            case ScenarioChangeKind.RemoveActivity:
                var removedId = live(change.ActivityId)!.Value;
                await deleteActivity.ExecuteAsync(projectId, removedId, await ActivityVersionAsync(removedId, cancellationToken), cancellationToken);
                break;
            case ScenarioChangeKind.AddLink:
                var link = await addLink.ExecuteAsync(projectId, new LinkInput
                {
                    PredecessorId = live(change.PredecessorId), SuccessorId = live(change.SuccessorId), Type = change.LinkType,
                    LagMinutes = change.LagMinutes,
                }, cancellationToken);
                ids[change.LinkId!.Value] = link.Id!.Value;
                break;
            case ScenarioChangeKind.ChangeLink:
                var linkId = live(change.LinkId)!.Value;
                await updateLink.ExecuteAsync(projectId, linkId, new LinkInput
                {
                    Type = change.LinkType, LagMinutes = change.LagMinutes, Version = await LinkVersionAsync(linkId, cancellationToken),
                }, cancellationToken);
                break;
            case ScenarioChangeKind.RemoveLink:
                var deletedLink = live(change.LinkId)!.Value;
                await deleteLink.ExecuteAsync(projectId, deletedLink, await LinkVersionAsync(deletedLink, cancellationToken), cancellationToken);
                break;
            case ScenarioChangeKind.AddCalendar:
                var calendar = await saveCalendar.ExecuteAsync(projectId, null, change.Calendar ?? new CalendarInput(), cancellationToken);
                ids[change.CalendarId!.Value] = calendar.Id!.Value;
                break;
        }
    }

    // The version now, inside this transaction: the conflict check above already compared it with the copy.
    private async Task<int?> ActivityVersionAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.Activities.FindAsync([id], cancellationToken))?.Version;

    private async Task<int?> LinkVersionAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.ActivityLinks.FindAsync([id], cancellationToken))?.Version;
}
