using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.DayLabour;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Funds;

/// <summary>A payment is never deleted: it is reversed by a negated payment in an open month, with the cost it posted.</summary>
public sealed class ReversePayment(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<PaymentRequestSummary> ExecuteAsync(Guid projectId, Guid paymentId, DateOnly? date, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ManageFunds, cancellationToken);
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.Id == paymentId && p.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_Payment");
        var request = await db.PaymentRequests.SingleAsync(p => p.Id == payment.RequestId, cancellationToken);
        var v = new Validation();
        var on = v.DateInProject("date", date, money.Access.Project);
        v.ThrowIfAny();
        await PeriodRules.EnsureOpenAsync(db, projectId, on, "date", cancellationToken);
        db.Payments.Add(payment.Reverse(request, on, money.UserId));
        var now = clock.GetUtcNow().UtcDateTime;
        var costs = await db.CostRecords.Where(r => r.SourceId == payment.Id && r.Source == CostSource.Funds && !r.IsReversed)
            .ToListAsync(cancellationToken);
        db.CostRecords.AddRange(costs.Select(r => r.Reverse(on, money.UserId, now)));
        // A ticket's wages paid through a request and then wholly reversed are unpaid again: the request
        // is withdrawn and lets go of the ticket, so the wages can be paid on the wage sheet or requested anew.
        if (request.TicketId is not null)
        {
            var net = await db.Payments.Where(p => p.RequestId == request.Id).SumAsync(p => p.Amount, cancellationToken) - payment.Amount;
            if (net <= 0m && request.Status == PaymentStatus.Approved)
            {
                request.Withdraw();
                await WageCovers.ReleaseRequestAsync(db, request.Id, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return (await FundsQueries.RequestsAsync(db, db.PaymentRequests.Where(p => p.Id == request.Id), cancellationToken)).Single();
    }
}
