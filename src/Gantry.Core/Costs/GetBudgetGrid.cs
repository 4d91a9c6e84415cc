using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>
/// The grid of one budget version, summed in the database per WBS × cost code. A draft shows every WBS
/// node and every active cost code (the cells to type into); an approved or superseded version only the
/// rows and columns that hold money, as it is read, printed and exported.
/// </summary>
public sealed class GetBudgetGrid(GantryDbContext db, PermissionService permissions, ListCostCodes listCodes)
{
    public async Task<BudgetGrid> ExecuteAsync(Guid projectId, Guid budgetVersionId, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        money.RequireWholeProjectView();
        var budget = await BudgetVersionSummary.Query(db, db.BudgetVersions.Where(b => b.Id == budgetVersionId && b.ProjectId == projectId))
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Entity_BudgetVersion");
        var sums = await db.BudgetLines.Where(l => l.BudgetVersionId == budgetVersionId)
            .GroupBy(l => new { l.WbsNodeId, l.CostCodeId })
            .Select(g => new { g.Key.WbsNodeId, g.Key.CostCodeId, Amount = g.Sum(l => l.Amount) })
            .ToListAsync(cancellationToken);
        var cells = sums.ToDictionary(s => (s.WbsNodeId ?? Guid.Empty, s.CostCodeId), s => s.Amount);
        var draft = budget.Status == BudgetStatus.Draft;

        var codes = await listCodes.ExecuteAsync(projectId, cancellationToken);
        var used = sums.Select(s => s.CostCodeId).ToHashSet();
        var columns = codes.Where(c => used.Contains(c.Id) || (draft && c.IsActive)).ToList();
        var wbs = await db.WbsNodes.Where(w => w.ProjectId == projectId).OrderBy(w => w.SortOrder)
            .Select(w => new { w.Id, w.Code, w.Name }).ToListAsync(cancellationToken);

        var rows = new List<BudgetGridRow>();
        foreach (var (id, code, name) in wbs.Select(w => (w.Id, w.Code, w.Name)).Append((Guid.Empty, string.Empty, string.Empty)))
        {
            var amounts = columns.Select(c => cells.GetValueOrDefault((id, c.Id))).ToList();
            var total = amounts.Sum();
            if (draft || total != 0m || amounts.Exists(a => a != 0m))
            {
                rows.Add(new BudgetGridRow(id == Guid.Empty ? null : id, code, name, amounts, total));
            }
        }

        var columnTotals = columns.Select((_, i) => rows.Sum(r => r.Amounts[i])).ToList();
        return new BudgetGrid(budget, columns, rows, columnTotals, columnTotals.Sum());
    }
}
