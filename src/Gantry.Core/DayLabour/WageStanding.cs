using Gantry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>
/// Where each worker's wages of one month stand, from the approved tickets, the wage-sheet payments and
/// the lines covered by payment requests. A request pays its lines in proportion to what has been paid on
/// it (a half-paid request has paid half of each line), so paid and requested always add up to the lines.
/// </summary>
internal sealed record WageStanding(decimal WorkerDays, decimal Owed, decimal SheetPaid, decimal RequestPaid, decimal Requested)
{
    public decimal Paid => SheetPaid + RequestPaid;

    public decimal Unpaid => Owed - Paid;

    public decimal Payable => Unpaid - Requested;

    public static async Task<Dictionary<Guid, WageStanding>> ForMonthAsync(GantryDbContext db, Guid projectId, DateOnly month,
        Guid? workerId, CancellationToken cancellationToken)
    {
        var next = month.AddMonths(1);
        var lines = from l in db.DayLabourLines
                    join t in db.DayLabourTickets on l.TicketId equals t.Id
                    where t.ProjectId == projectId && t.Status == TicketStatus.Approved && t.Date >= month && t.Date < next && l.WorkerId != null
                    select l;
        var payments = db.WagePayments.Where(p => p.ProjectId == projectId && p.Month == month);
        var covers = db.WageCovers.Where(c => c.ProjectId == projectId && c.Month == month && c.PaymentRequestId != null && c.WorkerId != null);
        if (workerId is { } id)
        {
            lines = lines.Where(l => l.WorkerId == id);
            payments = payments.Where(p => p.WorkerId == id);
            covers = covers.Where(c => c.WorkerId == id);
        }

        var earned = await lines.GroupBy(l => l.WorkerId!.Value)
            .Select(g => new { g.Key, Days = g.Sum(l => l.WorkerDays), Amount = g.Sum(l => l.Amount) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var paid = await payments.GroupBy(p => p.WorkerId).Select(g => new { g.Key, Amount = g.Sum(p => p.Amount) })
            .ToDictionaryAsync(g => g.Key, g => g.Amount, cancellationToken);
        var requested = await covers.Select(c => new { WorkerId = c.WorkerId!.Value, c.Amount, RequestId = c.PaymentRequestId!.Value })
            .ToListAsync(cancellationToken);
        var requestIds = requested.Select(c => c.RequestId).Distinct().ToList();
        var shares = await RequestSharesAsync(db, requestIds, cancellationToken);
        var byRequest = requested.GroupBy(c => c.WorkerId).ToDictionary(g => g.Key, g =>
        {
            var share = g.Sum(c => decimal.Round(c.Amount * shares.GetValueOrDefault(c.RequestId), 2, MidpointRounding.AwayFromZero));
            return (Paid: share, Open: g.Sum(c => c.Amount) - share);
        });
        return earned.Keys.Union(paid.Keys).Union(byRequest.Keys).ToDictionary(k => k, k =>
        {
            var e = earned.GetValueOrDefault(k);
            var r = byRequest.GetValueOrDefault(k);
            return new WageStanding(e?.Days ?? 0m, e?.Amount ?? 0m, paid.GetValueOrDefault(k), r.Paid, r.Open);
        });
    }

    /// <summary>The share of each request already paid, 0 to 1 (what was paid net of reversals over what was requested).</summary>
    private static async Task<Dictionary<Guid, decimal>> RequestSharesAsync(GantryDbContext db, List<Guid> requestIds,
        CancellationToken cancellationToken)
    {
        if (requestIds.Count == 0)
        {
            return [];
        }

        var requested = await db.PaymentRequests.Where(r => requestIds.Contains(r.Id))
            .Select(r => new { r.Id, r.RequestedAmount }).ToDictionaryAsync(r => r.Id, r => r.RequestedAmount, cancellationToken);
        var paid = await db.Payments.Where(p => requestIds.Contains(p.RequestId)).GroupBy(p => p.RequestId)
            .Select(g => new { g.Key, Amount = g.Sum(p => p.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Amount, cancellationToken);
        return requested.ToDictionary(r => r.Key, r => r.Value <= 0m ? 0m : Math.Clamp(paid.GetValueOrDefault(r.Key) / r.Value, 0m, 1m));
    }
}
