using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Gantry.Core.Schedules;

namespace Gantry.Core.Scenarios;

/// <summary>Copies the live schedule, as it is now, into a new named scenario.</summary>
public sealed class CreateScenario(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<ScenarioSummary> ExecuteAsync(Guid projectId, string? name, CancellationToken cancellationToken = default)
    {
        var access = await ScenarioAccess.RequireAsync(db, permissions, projectId, Permission.EditSchedule, cancellationToken);
        var live = await ProjectSchedule.LoadAsync(db, access.Project.Project, cancellationToken);
        var scenario = Scenario.Copy(projectId, name, ScenarioSnapshot.Of(live), clock.GetUtcNow().UtcDateTime, access.Project.User.Id,
            access.Project.User.DisplayName);
        db.Scenarios.Add(scenario);
        await db.SaveChangesAsync(cancellationToken);
        return ScenarioSummary.Of(scenario);
    }
}
