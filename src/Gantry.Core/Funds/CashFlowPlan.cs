using Gantry.Core.Costs;
using Gantry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Funds;

/// <summary>
/// Planned and actual cash of one project by month. Planned out is the time-phased budget, paid one
/// month after the work (the usual term of Chinese subcontracts). Planned in is the owner contract's
/// value earned in step with the budget, times its progress payment rate, received after its payment
/// days (rounded up to whole months). Actual in and out are receipts, payments and wages, summed by
/// day in the database and folded into months.
/// </summary>
internal static class CashFlowPlan
{
    public static async Task<SortedDictionary<DateOnly, decimal[]>> LoadAsync(GantryDbContext db, Guid projectId,
        CancellationToken cancellationToken)
    {
        // Columns: planned in, planned out, actual in, actual out.
        var months = new SortedDictionary<DateOnly, decimal[]>();
        decimal[] Month(DateOnly date)
        {
            var key = new DateOnly(date.Year, date.Month, 1);
            if (!months.TryGetValue(key, out var row))
            {
                row = new decimal[4];
                months[key] = row;
            }

            return row;
        }

        var pv = BudgetSpread.ByMonth(await GetPlannedValue.ApprovedLinesAsync(db, projectId, cancellationToken));
        var budgetTotal = pv.Values.Sum();
        var owner = await db.Contracts.Where(c => c.ProjectId == projectId && c.Kind == ContractKind.Owner && c.Status == ContractStatus.InForce)
            .Select(c => new { c.Amount, c.ProgressPaymentRate, c.PaymentDays }).ToListAsync(cancellationToken);
        foreach (var (month, planned) in pv)
        {
            Month(month.AddMonths(1))[1] += planned;
            foreach (var contract in owner)
            {
                if (budgetTotal > 0)
                {
                    var lag = (contract.PaymentDays + 29) / 30;
                    Month(month.AddMonths(lag))[0] += planned / budgetTotal * contract.Amount * contract.ProgressPaymentRate;
                }
            }
        }

        var receipts = await db.Receipts.Where(r => r.ProjectId == projectId).GroupBy(r => r.ReceivedOn)
            .Select(g => new { g.Key, Amount = g.Sum(r => r.Amount) }).ToListAsync(cancellationToken);
        foreach (var r in receipts)
        {
            Month(r.Key)[2] += r.Amount;
        }

        var payments = await db.Payments.Where(p => p.ProjectId == projectId).GroupBy(p => p.PaidOn)
            .Select(g => new { g.Key, Amount = g.Sum(p => p.Amount) }).ToListAsync(cancellationToken);
        var wages = await db.WagePayments.Where(p => p.ProjectId == projectId).GroupBy(p => p.PaidOn)
            .Select(g => new { g.Key, Amount = g.Sum(p => p.Amount) }).ToListAsync(cancellationToken);
        foreach (var p in payments.Concat(wages))
        {
            Month(p.Key)[3] += p.Amount;
        }

        return months;
    }

    public static CashFlow Build(string currency, decimal threshold, SortedDictionary<DateOnly, decimal[]> months, DateOnly today)
    {
        var current = new DateOnly(today.Year, today.Month, 1);
        decimal planned = 0, actual = 0, forecast = 0;
        DateOnly? firstGap = null;
        var result = new List<CashFlowMonth>(months.Count);
        foreach (var (month, row) in months)
        {
            planned += row[0] - row[1];
            actual += row[2] - row[3];
            forecast += month <= current ? row[2] - row[3] : row[0] - row[1];
            var gap = forecast < threshold;
            if (gap)
            {
                firstGap ??= month;
            }

            result.Add(new CashFlowMonth(month, decimal.Round(row[0], 2), decimal.Round(row[1], 2), row[2], row[3], decimal.Round(planned, 2),
                actual, decimal.Round(forecast, 2), gap));
        }

        return new CashFlow(currency, threshold, result, firstGap);
    }
}
