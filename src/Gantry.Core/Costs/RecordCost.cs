using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>A cost controller enters a committed or actual cost by hand.</summary>
public sealed class RecordCost(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<CostRecordSummary> ExecuteAsync(Guid projectId, CostRecordInput input, CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditCosts, cancellationToken);
        var values = await input.CheckAsync(db, access.Project, cancellationToken);
        var record = CostRecord.Create(projectId, values, CostSource.Manual, null, access.User.Id, clock.GetUtcNow().UtcDateTime);
        db.CostRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return await ListCostRecords.Project(db, db.CostRecords.Where(r => r.Id == record.Id)).SingleAsync(cancellationToken);
    }
}
