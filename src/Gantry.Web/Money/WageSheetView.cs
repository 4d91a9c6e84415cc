using Gantry.Core.DayLabour;
using Gantry.Web.Funds;

namespace Gantry.Web.Money;

/// <summary>The wage sheet's filter and sort, shared by the page and its Excel download so both show the same rows.</summary>
public static class WageSheetView
{
    private static readonly Dictionary<string, Func<WageSheetRow, IComparable?>> Columns = new(StringComparer.Ordinal)
    {
        ["name"] = r => r.Name, ["trade"] = r => r.Trade, ["crew"] = r => r.CrewName, ["days"] = r => r.WorkerDays, ["owed"] = r => r.Owed,
        ["requested"] = r => r.Requested, ["paid"] = r => r.Paid, ["unpaid"] = r => r.Unpaid,
    };

    public static IReadOnlyList<WageSheetRow> Apply(IEnumerable<WageSheetRow> rows, string? q, bool onlyUnpaid, string? sort)
    {
        var text = q?.Trim();
        var kept = rows.Where(r => string.IsNullOrEmpty(text) || r.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
            || r.Trade.Contains(text, StringComparison.OrdinalIgnoreCase) || r.CrewName.Contains(text, StringComparison.OrdinalIgnoreCase));
        if (onlyUnpaid)
        {
            kept = kept.Where(r => r.Unpaid > 0m);
        }

        return ListSort.Apply(kept, sort, Columns);
    }
}
