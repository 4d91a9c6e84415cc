using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Funds;

/// <summary>The receipts and reversals on one application, oldest first; the owner sees those under its own contract only.</summary>
public sealed class ListReceipts(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<ReceiptSummary>> ExecuteAsync(Guid projectId, Guid applicationId, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        var payer = await (from a in db.PaymentApplications
                           join c in db.Contracts on a.ContractId equals c.Id
                           where a.Id == applicationId && a.ProjectId == projectId
                           select (Guid?)c.CounterpartyId).SingleOrDefaultAsync(cancellationToken);
        if (payer is null || (money.SeesOwnRecordsOnly && payer != money.OrganisationId))
        {
            throw new NotFoundException("Entity_PaymentApplication");
        }

        if (!money.SeesOwnRecordsOnly)
        {
            money.RequireWholeProjectView();
        }

        return await db.Receipts.Where(r => r.ApplicationId == applicationId).OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id)
            .Select(r => new ReceiptSummary(r.Id, r.Amount, r.ReceivedOn, r.OverrideReason, r.ReversesId, r.IsReversed, r.RecordedBy))
            .ToListAsync(cancellationToken);
    }
}
