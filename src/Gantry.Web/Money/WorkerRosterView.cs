using Gantry.Core.DayLabour;
using Gantry.Web.Funds;

namespace Gantry.Web.Money;

/// <summary>The roster's filter and sort, shared by the page and its Excel download.</summary>
public static class WorkerRosterView
{
    private static readonly Dictionary<string, Func<WorkerSummary, IComparable?>> Columns = new(StringComparer.Ordinal)
    {
        ["name"] = w => w.Name, ["trade"] = w => w.Trade, ["crew"] = w => w.CrewName, ["rate"] = w => w.DailyRate,
    };

    public static IReadOnlyList<WorkerSummary> Apply(IEnumerable<WorkerSummary> workers, string? q, Guid? crewOrganisationId, string? sort)
    {
        var text = q?.Trim();
        var kept = workers.Where(w => (crewOrganisationId is null || w.CrewOrganisationId == crewOrganisationId)
            && (string.IsNullOrEmpty(text) || w.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
                || w.Trade.Contains(text, StringComparison.OrdinalIgnoreCase) || w.CrewName.Contains(text, StringComparison.OrdinalIgnoreCase)));
        return ListSort.Apply(kept, sort ?? "name", Columns);
    }
}
