using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>Cancels a cost record by adding its negated twin in an open month; the original stays as it was.</summary>
public sealed class ReverseCostRecord(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<CostRecordSummary> ExecuteAsync(Guid projectId, Guid recordId, DateOnly? date,
        CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditCosts, cancellationToken);
        var record = await db.CostRecords.SingleOrDefaultAsync(r => r.Id == recordId && r.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_CostRecord");
        var v = new Validation();
        var on = v.DateInProject("date", date, access.Project);
        v.ThrowIfAny();
        await PeriodRules.EnsureOpenAsync(db, projectId, on, "date", cancellationToken);
        var reversal = record.Reverse(on, access.User.Id, clock.GetUtcNow().UtcDateTime);
        db.CostRecords.Add(reversal);
        await db.SaveChangesAsync(cancellationToken);
        return await ListCostRecords.Project(db, db.CostRecords.Where(r => r.Id == reversal.Id)).SingleAsync(cancellationToken);
    }
}
