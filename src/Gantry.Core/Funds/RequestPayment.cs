using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Funds;

/// <summary>Raises a payment request; it then needs the cost controller's check and the project manager's approval.</summary>
public sealed class RequestPayment(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<PaymentRequestSummary> ExecuteAsync(Guid projectId, PaymentRequestInput input, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ManageFunds, cancellationToken);
        var values = await input.CheckAsync(db, projectId, cancellationToken);
        var number = (await db.PaymentRequests.Where(p => p.ProjectId == projectId).MaxAsync(p => (int?)p.Number, cancellationToken) ?? 0) + 1;
        var request = PaymentRequest.Create(projectId, number, values, money.UserId, clock.GetUtcNow().UtcDateTime);
        db.PaymentRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return (await FundsQueries.RequestsAsync(db, db.PaymentRequests.Where(p => p.Id == request.Id), cancellationToken)).Single();
    }
}
