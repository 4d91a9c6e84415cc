using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Funds;

/// <summary>
/// Records money paid on an approved request: never more than approved unless a reason is recorded.
/// A request without a contract or day-labour ticket is an expense, so its payment also posts the actual cost.
/// </summary>
public sealed class RecordPayment(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<PaymentRequestSummary> ExecuteAsync(Guid projectId, Guid requestId, decimal? amount, DateOnly? paidOn,
        string? overrideReason, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ManageFunds, cancellationToken);
        var request = await db.PaymentRequests.SingleOrDefaultAsync(p => p.Id == requestId && p.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_PaymentRequest");
        var v = new Validation();
        var paid = v.Amount("amount", amount);
        var on = v.DateInProject("paidOn", paidOn, money.Access.Project);
        var reason = v.Trimmed("overrideReason", overrideReason, Receipt.ReasonMaxLength, required: false);
        if (request.Status != PaymentStatus.Approved)
        {
            v.Add("requestId", "NotApproved");
        }

        v.ThrowIfAny();
        var already = await db.Payments.Where(p => p.RequestId == requestId).SumAsync(p => (decimal?)p.Amount, cancellationToken) ?? 0m;
        if (already + paid > request.ApprovedAmount && reason.Length == 0)
        {
            throw ValidationFailedException.For("amount", Localization.Text.Get("OverApproved", Validation.Label("amount"), request.ApprovedAmount - already));
        }

        await PeriodRules.EnsureOpenAsync(db, projectId, on, "paidOn", cancellationToken);
        var payment = Payment.Create(request, paid, on, reason.Length == 0 ? null : reason, money.UserId);
        db.Payments.Add(payment);
        // A ticket's wages were costed when the ticket was approved; only an expense without a contract or ticket posts cost here.
        if (request.ContractId is null && request.TicketId is null && request.CostCodeId is { } costCode)
        {
            db.CostRecords.Add(CostRecord.Create(projectId, new CostRecordValues(CostRecordKind.Actual, on, request.WbsNodeId, null, costCode,
                null, request.Description, paid, 0m), CostSource.Funds, payment.Id, money.UserId, clock.GetUtcNow().UtcDateTime));
        }

        await db.SaveChangesAsync(cancellationToken);
        return (await FundsQueries.RequestsAsync(db, db.PaymentRequests.Where(p => p.Id == request.Id), cancellationToken)).Single();
    }
}
