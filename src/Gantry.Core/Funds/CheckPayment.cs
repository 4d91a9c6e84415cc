using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Funds;

/// <summary>The first approval step: the cost controller checks the request against the contract and the work done.</summary>
public sealed class CheckPayment(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<PaymentRequestSummary> ExecuteAsync(Guid projectId, Guid requestId, int? version, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.CheckPayments, cancellationToken);
        money.RequireApproval(Permission.CheckPayments);
        var request = await db.PaymentRequests.SingleOrDefaultAsync(p => p.Id == requestId && p.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_PaymentRequest");
        ConcurrencyCheck.Expect(db, request, version, "Entity_PaymentRequest");
        request.Check(money.UserId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return (await FundsQueries.RequestsAsync(db, db.PaymentRequests.Where(p => p.Id == request.Id), cancellationToken)).Single();
    }
}
