using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>The approved budget spread over time: the planned value (PV) curve of earned value, month by month.</summary>
public sealed class GetPlannedValue(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<PlannedValueMonth>> ExecuteAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        money.RequireWholeProjectView();
        var months = BudgetSpread.ByMonth(await ApprovedLinesAsync(db, projectId, cancellationToken));
        var result = new List<PlannedValueMonth>(months.Count);
        var cumulative = 0m;
        foreach (var (month, planned) in months)
        {
            cumulative += planned;
            result.Add(new PlannedValueMonth(month, decimal.Round(planned, 2), decimal.Round(cumulative, 2)));
        }

        return result;
    }

    /// <summary>The approved version's lines, grouped by spread in SQL so a large budget loads as few rows as it has distinct spreads.</summary>
    internal static async Task<List<(decimal Amount, DateOnly Start, DateOnly Finish)>> ApprovedLinesAsync(GantryDbContext db,
        Guid projectId, CancellationToken cancellationToken)
    {
        var rows = await (from l in db.BudgetLines
                          join b in db.BudgetVersions on l.BudgetVersionId equals b.Id
                          where b.ProjectId == projectId && b.Status == BudgetStatus.Approved
                          group l by new { l.SpreadStart, l.SpreadFinish } into g
                          select new { g.Key.SpreadStart, g.Key.SpreadFinish, Amount = g.Sum(l => l.Amount) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Amount, r.SpreadStart, r.SpreadFinish)).ToList();
    }
}
