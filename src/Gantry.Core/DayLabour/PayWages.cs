using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>
/// Records wages paid to a worker for a month on the wage sheet: never more than his approved tickets of
/// the month still owe, less what is in a payment request to his crew. The payment takes the worker's
/// lines of the month that no request holds, so they cannot be requested afterwards.
/// </summary>
public sealed class PayWages(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<WageSheetRow> ExecuteAsync(Guid projectId, Guid workerId, DateOnly? month, decimal? amount, DateOnly? paidOn,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ManageFunds, cancellationToken);
        var worker = await db.Workers.SingleOrDefaultAsync(w => w.Id == workerId && w.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_Worker");
        DayLabourRules.EnsureOwnCrew(money, worker.CrewOrganisationId);
        var v = new Validation();
        var first = v.Required("month", month);
        var paid = v.Amount("amount", amount);
        var on = v.DateInProject("paidOn", paidOn, money.Access.Project);
        if (amount == 0m)
        {
            v.Add("amount", "MustBePositive");
        }

        v.ThrowIfAny();
        first = new DateOnly(first.Year, first.Month, 1);
        await PeriodRules.EnsureOpenAsync(db, projectId, on, "paidOn", cancellationToken);
        var lines = await WageCovers.LinesOfWorkerAsync(db, projectId, workerId, first, cancellationToken);
        var covers = (await WageCovers.OfLinesAsync(db, lines.Select(l => l.LineId), cancellationToken)).ToDictionary(c => c.LineId);
        var standing = (await WageStanding.ForMonthAsync(db, projectId, first, workerId, cancellationToken)).GetValueOrDefault(workerId)
            ?? new WageStanding(0m, 0m, 0m, 0m, 0m);
        if (paid > standing.Payable)
        {
            // Say why the sheet cannot pay it: the wages are in a request, or simply not owed.
            var requested = covers.Values.Where(c => !c.ByWageSheet).OrderBy(c => c.TicketNumber).FirstOrDefault();
            throw requested is not null
                ? await WageCovers.RefusalAsync(db, "amount", requested, cancellationToken)
                : ValidationFailedException.For("amount", Localization.Text.Get("MoreThanOwed", Validation.Label("amount"), standing.Payable));
        }

        var payment = WagePayment.Create(projectId, workerId, first, paid, on, money.UserId);
        db.WagePayments.Add(payment);
        db.WageCovers.AddRange(lines.Where(l => !covers.ContainsKey(l.LineId)).Select(l => WageCover.ForWageSheet(l, payment.Id)));
        // Two wage payments for the same worker racing each other collide on the worker's version; the loser is refused.
        db.Entry(worker).Property(w => w.Version).IsModified = true;
        await WageCovers.SaveAsync(db, "amount", lines.Select(l => l.LineId).ToList(), c => !c.ByWageSheet, cancellationToken);
        return GetWageSheet.Row(worker, standing with { SheetPaid = standing.SheetPaid + paid }, GetWageSheet.MonthHasEnded(first, clock));
    }
}
