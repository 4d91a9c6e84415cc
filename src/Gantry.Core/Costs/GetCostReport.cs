using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>
/// Budget, committed, actual, forecast, variance and margin. The database adds up every source by
/// WBS node × cost code in grouped queries (a handful of rows per cell, never the records
/// themselves); the cells are then folded into the requested rows.
/// </summary>
public sealed class GetCostReport(GantryDbContext db, PermissionService permissions)
{
    public async Task<CostReport> ExecuteAsync(Guid projectId, CostReportGrouping grouping = CostReportGrouping.WbsAndCostCode,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        money.RequireWholeProjectView();
        if (!Enum.IsDefined(grouping))
        {
            throw Common.ValidationFailedException.For("grouping",
                Localization.Text.Get("NotAllowedValue", Common.Validation.Label("grouping")));
        }

        var settings = await ChangeMoneySettings.LoadAsync(db, projectId, cancellationToken);
        var cells = await CostCells.LoadAsync(db, projectId, cancellationToken);
        var income = await CostCells.IncomeByWbsAsync(db, projectId, cancellationToken);
        var codes = await db.CostCodes.Where(c => c.ProjectId == projectId).ToDictionaryAsync(c => c.Id, cancellationToken);

        var rows = new List<CostReportRow>();
        foreach (var group in cells.GroupBy(c => Key(grouping, c.Key, codes)))
        {
            var (wbs, codeId, category) = group.Key;
            var code = codeId is { } id ? codes.GetValueOrDefault(id) : null;
            decimal? groupIncome = grouping switch
            {
                // A node with no income of its own (the owner contract is usually project-level) has no margin:
                // "0 − forecast" would show every phase as a loss.
                CostReportGrouping.Wbs => income.TryGetValue(wbs ?? Guid.Empty, out var own) ? own : null,
                _ => null,
            };
            rows.Add(Row(wbs, code, category, group.Select(g => g.Value), groupIncome, settings.OverrunWarningRate));
        }

        // Income on a WBS node with no cost yet still belongs in the per-WBS report.
        if (grouping == CostReportGrouping.Wbs)
        {
            foreach (var (wbs, amount) in income)
            {
                if (!rows.Exists(r => (r.WbsNodeId ?? Guid.Empty) == wbs))
                {
                    rows.Add(Row(wbs == Guid.Empty ? null : wbs, null, null, [], amount, settings.OverrunWarningRate));
                }
            }
        }

        var total = Row(null, null, null, cells.Values, income.Values.Sum(), settings.OverrunWarningRate);
        var wbsNodes = await db.WbsNodes.Where(w => w.ProjectId == projectId).Select(w => new { w.Id, w.Code, w.Name })
            .ToDictionaryAsync(w => w.Id, cancellationToken);
        var ordered = rows
            .Select(r => r.WbsNodeId is { } w && wbsNodes.TryGetValue(w, out var node) ? r with { WbsCode = node.Code, WbsName = node.Name } : r)
            .OrderBy(r => r.WbsCode ?? string.Empty, StringComparer.Ordinal).ThenBy(r => r.WbsNodeId ?? Guid.Empty).ThenBy(r => r.Category)
            .ThenBy(r => r.CostCode, StringComparer.Ordinal)
            .ToList();
        return new CostReport(grouping, money.Access.Project.Currency, settings.OverrunWarningRate,
            grouping == CostReportGrouping.Project ? [total] : ordered, total);
    }

    private static (Guid? Wbs, Guid? Code, CostCategory? Category) Key(CostReportGrouping grouping, (Guid? Wbs, Guid Code) cell,
        Dictionary<Guid, CostCode> codes) => grouping switch
        {
            CostReportGrouping.Project => (null, null, null),
            CostReportGrouping.Wbs => (cell.Wbs, null, null),
            CostReportGrouping.CostCode => (null, cell.Code, codes.GetValueOrDefault(cell.Code)?.Category),
            CostReportGrouping.Category => (null, null, codes.GetValueOrDefault(cell.Code)?.Category),
            _ => (cell.Wbs, cell.Code, codes.GetValueOrDefault(cell.Code)?.Category),
        };

    private static CostReportRow Row(Guid? wbs, CostCode? code, CostCategory? category, IEnumerable<CostCell> cells, decimal? income,
        decimal warningRate)
    {
        decimal budget = 0, committed = 0, actual = 0, forecast = 0;
        foreach (var cell in cells)
        {
            budget += cell.Budget;
            committed += cell.Committed;
            actual += cell.Actual;
            forecast += cell.Forecast;
        }

        var limit = budget * (1 + warningRate);
        var overrun = actual > limit || forecast > limit;
        return new CostReportRow(wbs, code?.Id, code?.Code, code?.Name, category, budget, committed, actual, forecast, budget - forecast,
            income, income is null ? null : income - forecast, overrun);
    }
}
