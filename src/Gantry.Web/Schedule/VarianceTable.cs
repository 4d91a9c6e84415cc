using Gantry.Core.Schedules;

namespace Gantry.Web.Schedule;

/// <summary>
/// The variance of a baseline turned into the table the baselines page shows and exports: minutes
/// become days of each row's own calendar (P6 shows variance in the activity calendar's days), then
/// rows are filtered by text and "changed only" and sorted by the column the planner picked.
/// </summary>
public static class VarianceTable
{
    /// <summary>The columns a planner can sort by, as they travel in the query string.</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["code", "name", "start", "finish", "duration"];

    public static IReadOnlyList<VarianceLine> Lines(IReadOnlyList<VarianceRow> rows, Func<Guid, int> minutesPerDayOf) =>
        rows.Select(r =>
        {
            var perDay = Math.Max(1, minutesPerDayOf(r.Id));
            return new VarianceLine(r.Id, r.Code, r.Name, r.BaselineStart, r.BaselineFinish, r.Start, r.Finish,
                Days(r.StartVarianceMinutes, perDay), Days(r.FinishVarianceMinutes, perDay), Days(r.DurationVarianceMinutes, perDay));
        }).ToList();

    public static IReadOnlyList<VarianceLine> Select(IReadOnlyList<VarianceLine> lines, string? filter, bool changedOnly, string? sort, bool descending)
    {
        IEnumerable<VarianceLine> selected = lines;
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var text = filter.Trim();
            selected = selected.Where(l => l.Code.Contains(text, StringComparison.OrdinalIgnoreCase) || l.Name.Contains(text, StringComparison.OrdinalIgnoreCase));
        }

        if (changedOnly)
        {
            selected = selected.Where(l => l.Varies);
        }

        // Rows without a variance go last either way: they say nothing about slippage.
        IOrderedEnumerable<VarianceLine>? ordered = sort switch
        {
            "code" => Order(selected, l => l.Code, descending),
            "name" => Order(selected, l => l.Name, descending),
            "start" => OrderNullsLast(selected, l => l.StartVarianceDays, descending),
            "finish" => OrderNullsLast(selected, l => l.FinishVarianceDays, descending),
            "duration" => OrderNullsLast(selected, l => l.DurationVarianceDays, descending),
            _ => null,
        };
        return (ordered ?? selected).ToList();
    }

    private static double? Days(long? minutes, int perDay) => minutes is { } m ? Math.Round((double)m / perDay, 2) : null;

    private static IOrderedEnumerable<VarianceLine> Order(IEnumerable<VarianceLine> lines, Func<VarianceLine, string> key, bool descending) =>
        descending ? lines.OrderByDescending(key, StringComparer.Ordinal) : lines.OrderBy(key, StringComparer.Ordinal);

    private static IOrderedEnumerable<VarianceLine> OrderNullsLast(IEnumerable<VarianceLine> lines, Func<VarianceLine, double?> key, bool descending)
    {
        var withNullsLast = lines.OrderBy(l => key(l) is null);
        return descending ? withNullsLast.ThenByDescending(key) : withNullsLast.ThenBy(key);
    }
}
