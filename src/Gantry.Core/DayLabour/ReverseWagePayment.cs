using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>
/// A wage payment is never deleted: it is reversed by a negated payment dated in an open month. When
/// nothing stays paid on the wage sheet for the worker's month, his lines are freed, so a payment request
/// to the crew may pay them instead.
/// </summary>
public sealed class ReverseWagePayment(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<WageSheetRow> ExecuteAsync(Guid projectId, Guid wagePaymentId, DateOnly? date, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ManageFunds, cancellationToken);
        var payment = await db.WagePayments.SingleOrDefaultAsync(p => p.Id == wagePaymentId && p.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_WagePayment");
        var worker = await db.Workers.SingleAsync(w => w.Id == payment.WorkerId, cancellationToken);
        var v = new Validation();
        var on = v.DateInProject("date", date, money.Access.Project);
        v.ThrowIfAny();
        await PeriodRules.EnsureOpenAsync(db, projectId, on, "date", cancellationToken);
        var reversal = payment.Reverse(on, money.UserId);
        db.WagePayments.Add(reversal);
        var stillPaid = await db.WagePayments.Where(p => p.ProjectId == projectId && p.WorkerId == worker.Id && p.Month == payment.Month)
            .SumAsync(p => p.Amount, cancellationToken) + reversal.Amount;
        if (stillPaid <= 0m)
        {
            db.WageCovers.RemoveRange(await db.WageCovers.Where(c => c.ProjectId == projectId && c.WorkerId == worker.Id
                && c.Month == payment.Month && c.WagePaymentId != null).ToListAsync(cancellationToken));
        }

        db.Entry(worker).Property(w => w.Version).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        var standing = (await WageStanding.ForMonthAsync(db, projectId, payment.Month, worker.Id, cancellationToken)).GetValueOrDefault(worker.Id)
            ?? new WageStanding(0m, 0m, 0m, 0m, 0m);
        return GetWageSheet.Row(worker, standing, GetWageSheet.MonthHasEnded(payment.Month, clock));
    }
}
