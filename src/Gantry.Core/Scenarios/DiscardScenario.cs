using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Scenarios;

/// <summary>
/// Discards a scenario: by default it is kept, marked discarded, so the team can still see what was
/// considered; with <c>delete</c> it is removed for good (an adopted one is history and stays).
/// </summary>
public sealed class DiscardScenario(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<ScenarioSummary?> ExecuteAsync(Guid projectId, Guid scenarioId, int? version, bool delete = false,
        CancellationToken cancellationToken = default)
    {
        var access = await ScenarioAccess.RequireAsync(db, permissions, projectId, Permission.EditSchedule, cancellationToken);
        var scenario = await db.Scenarios.SingleOrDefaultAsync(s => s.Id == scenarioId && s.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_Scenario");
        ConcurrencyCheck.Expect(db, scenario, version, "Entity_Scenario");
        if (delete)
        {
            if (scenario.Status == ScenarioStatus.Adopted)
            {
                scenario.RequireOpen();
            }

            db.Scenarios.Remove(scenario);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        scenario.Discard(clock.GetUtcNow().UtcDateTime, access.Project.User.Id, access.Project.User.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        return ScenarioSummary.Of(scenario);
    }
}
