using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Scenarios;

/// <summary>Takes back the scenario's last change and reschedules what remains.</summary>
public sealed class UndoScenarioChange(GantryDbContext db, PermissionService permissions)
{
    public async Task<ScenarioSummary> ExecuteAsync(Guid projectId, Guid scenarioId, int? version, CancellationToken cancellationToken = default)
    {
        await ScenarioAccess.RequireAsync(db, permissions, projectId, Permission.EditSchedule, cancellationToken);
        var scenario = await ScenarioLoader.RequireAsync(db, projectId, scenarioId, tracked: true, cancellationToken);
        ConcurrencyCheck.Expect(db, scenario, version, "Entity_Scenario");
        scenario.RequireOpen();
        var changes = scenario.Changes.ToList();
        if (changes.Count > 0)
        {
            changes.RemoveAt(changes.Count - 1);
        }

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
