namespace Gantry.Core.Costs;

/// <summary>
/// Spreads amounts evenly over calendar days and adds them up per month: the time-phased budget.
/// Calendar days, not working days, because the budget is spread before any calendar is chosen and
/// a month's cash does not care whether the money was earned on a Sunday.
/// </summary>
public static class BudgetSpread
{
    public static SortedDictionary<DateOnly, decimal> ByMonth(IEnumerable<(decimal Amount, DateOnly Start, DateOnly Finish)> items)
    {
        var months = new SortedDictionary<DateOnly, decimal>();
        foreach (var (amount, start, finish) in items)
        {
            var totalDays = finish.DayNumber - start.DayNumber + 1;
            var month = new DateOnly(start.Year, start.Month, 1);
            while (month <= finish)
            {
                var next = month.AddMonths(1);
                var from = start > month ? start : month;
                var to = finish < next.AddDays(-1) ? finish : next.AddDays(-1);
                var share = amount * (to.DayNumber - from.DayNumber + 1) / totalDays;
                months[month] = months.GetValueOrDefault(month) + share;
                month = next;
            }
        }

        return months;
    }
}
