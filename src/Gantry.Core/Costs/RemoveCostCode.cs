using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>
/// Deletes a cost code nothing uses: no child code, cost record, budget line, contract, payment
/// request or ticket. Anything used is refused with a message that says to deactivate it instead.
/// </summary>
public sealed class RemoveCostCode(GantryDbContext db, PermissionService permissions)
{
    public async Task ExecuteAsync(Guid projectId, Guid costCodeId, CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.EditCosts, cancellationToken);
        var code = await db.CostCodes.SingleOrDefaultAsync(c => c.Id == costCodeId && c.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_CostCode");
        var used = await db.CostCodes.AnyAsync(c => c.ParentId == costCodeId, cancellationToken)
            || await db.CostRecords.AnyAsync(r => r.CostCodeId == costCodeId, cancellationToken)
            || await db.BudgetLines.AnyAsync(l => l.CostCodeId == costCodeId, cancellationToken)
            || await db.Contracts.AnyAsync(c => c.CostCodeId == costCodeId, cancellationToken)
            || await db.PaymentRequests.AnyAsync(p => p.CostCodeId == costCodeId, cancellationToken)
            || await db.DayLabourTickets.AnyAsync(t => t.CostCodeId == costCodeId, cancellationToken);
        if (used)
        {
            throw ValidationFailedException.For("costCodeId", Localization.Text.Get("CostCodeInUse", code.Code));
        }

        db.CostCodes.Remove(code);
        await db.SaveChangesAsync(cancellationToken);
    }
}
