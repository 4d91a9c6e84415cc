using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Funds;

/// <summary>The payments and reversals on one request, oldest first; a payee sees those on its own requests only.</summary>
public sealed class ListPayments(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<PaymentSummary>> ExecuteAsync(Guid projectId, Guid requestId, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        var payee = await db.PaymentRequests.Where(p => p.Id == requestId && p.ProjectId == projectId).Select(p => (Guid?)p.PayeeId)
            .SingleOrDefaultAsync(cancellationToken);
        if (payee is null || (money.SeesOwnRecordsOnly && payee != money.OrganisationId))
        {
            throw new NotFoundException("Entity_PaymentRequest");
        }

        if (!money.SeesOwnRecordsOnly)
        {
            money.RequireWholeProjectView();
        }

        return await db.Payments.Where(p => p.RequestId == requestId).OrderBy(p => p.PaidOn).ThenBy(p => p.Id)
            .Select(p => new PaymentSummary(p.Id, p.Amount, p.PaidOn, p.OverrideReason, p.ReversesId, p.IsReversed, p.RecordedBy))
            .ToListAsync(cancellationToken);
    }
}
