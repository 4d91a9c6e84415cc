using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Scenarios;

/// <summary>
/// Makes one change to a scenario and reschedules it: the change is kept only when the scenario still
/// schedules (a link that closes a loop is refused, naming the activities, as on the live schedule).
/// </summary>
public sealed class AddScenarioChange(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<ScenarioSummary> ExecuteAsync(Guid projectId, Guid scenarioId, ScenarioChange? change, int? version,
        CancellationToken cancellationToken = default)
    {
        var access = await ScenarioAccess.RequireAsync(db, permissions, projectId, Permission.EditSchedule, cancellationToken);
        var scenario = await ScenarioLoader.RequireAsync(db, projectId, scenarioId, tracked: true, cancellationToken);
        ConcurrencyCheck.Expect(db, scenario, version, "Entity_Scenario");
        scenario.RequireOpen();
        if (change is null)
        {
            throw ValidationFailedException.For("change", Localization.Text.Get("Required", Validation.Label("change")));
        }

        var recorded = change with
        {
            ActivityId = change.Kind == ScenarioChangeKind.AddActivity ? Guid.CreateVersion7() : change.ActivityId,
            LinkId = change.Kind == ScenarioChangeKind.AddLink ? Guid.CreateVersion7() : change.LinkId,
            CalendarId = change.Kind == ScenarioChangeKind.AddCalendar ? Guid.CreateVersion7() : change.CalendarId,
            MadeAt = clock.GetUtcNow().UtcDateTime,
            MadeByName = access.Project.User.DisplayName,
        };
        var changes = scenario.Changes.Append(recorded).ToList();
        var model = ScenarioModel.From(projectId, scenario.Snapshot);
        foreach (var c in changes)
        {
            model.Apply(c);
        }

        model.Schedule();
        scenario.SetChanges(changes, model.Finish);
        await db.SaveChangesAsync(cancellationToken);
        return ScenarioSummary.Of(scenario);
    }
}
