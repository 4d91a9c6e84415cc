using Gantry.Core.Common;
using Gantry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Scenarios;

/// <summary>Finds a scenario of the project; one of another project does not exist for this request.</summary>
internal static class ScenarioLoader
{
    public static async Task<Scenario> RequireAsync(GantryDbContext db, Guid projectId, Guid scenarioId, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.Scenarios : db.Scenarios.AsNoTracking();
        return await query.SingleOrDefaultAsync(s => s.Id == scenarioId && s.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_Scenario");
    }
}
