using System.Globalization;
using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>
/// Saves every changed cell of a draft budget's WBS × cost code grid at once: a new amount on an empty
/// cell adds a line spread over the whole project, a changed amount changes the cell's one line, and an
/// emptied (or zero) cell removes it. All or nothing: every bad cell is named by its WBS code × cost
/// code and nothing is saved, because a half-saved grid would leave totals the user never typed. The
/// budget version itself is the concurrency token, so a grid saved by someone else meanwhile is refused
/// even where the two users touched different cells — their totals would otherwise silently mix.
/// </summary>
public sealed class SaveBudgetGrid(GantryDbContext db, PermissionService permissions)
{
    /// <summary>Shown for the "no WBS node" row in cell names; a dash, as in the grid.</summary>
    private const string NoWbs = "—";

    public async Task<BudgetGridSaved> ExecuteAsync(Guid projectId, Guid budgetVersionId, BudgetGridInput input,
        CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditCosts, cancellationToken);
        var budget = await db.BudgetVersions.SingleOrDefaultAsync(b => b.Id == budgetVersionId && b.ProjectId == projectId,
            cancellationToken) ?? throw new NotFoundException("Entity_BudgetVersion");
        budget.EnsureDraft();
        ConcurrencyCheck.Expect(db, budget, input.Version, "Entity_BudgetVersion");

        var cells = input.Cells ?? [];
        var wbsCodes = await db.WbsNodes.Where(w => w.ProjectId == projectId).ToDictionaryAsync(w => w.Id, w => w.Code, cancellationToken);
        var costCodes = await db.CostCodes.Where(c => c.ProjectId == projectId)
            .ToDictionaryAsync(c => c.Id, c => (c.Code, c.IsActive), cancellationToken);
        var lines = (await db.BudgetLines.Where(l => l.BudgetVersionId == budget.Id).ToListAsync(cancellationToken))
            .ToLookup(l => (l.WbsNodeId ?? Guid.Empty, l.CostCodeId));

        var errors = new List<FieldError>();
        var seen = new HashSet<(Guid, Guid)>();
        int added = 0, changed = 0, removed = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i] ?? new BudgetGridCell();
            var v = new Validation();
            var costCodeId = v.Required("costCodeId", cell.CostCodeId);
            var wbs = cell.WbsNodeId ?? Guid.Empty;
            if (v.IsValid("costCodeId") && !costCodes.ContainsKey(costCodeId))
            {
                v.Add("costCodeId", "NotAllowedValue");
            }

            if (wbs != Guid.Empty && !wbsCodes.ContainsKey(wbs))
            {
                v.Add("wbsNodeId", "NotAllowedValue");
            }

            if (v.Errors.Count == 0 && !seen.Add((wbs, costCodeId)))
            {
                // The same cell twice in one save: which one the user meant is a guess we do not make.
                v.Add("costCodeId", "NotAllowedValue");
            }

            var amount = ParseAmount(v, cell.Amount);
            var existing = lines[(wbs, costCodeId)].ToList();
            if (v.Errors.Count == 0)
            {
                var (a, c, r) = Apply(v, budget, access.Project, wbs, costCodeId, costCodes[costCodeId].IsActive, amount, existing);
                added += a;
                changed += c;
                removed += r;
            }

            var name = CellName(cell, wbsCodes, costCodes);
            errors.AddRange(v.Errors.Select(e => new FieldError($"cells[{i}].{e.Field}", $"{name}: {e.Message}")));
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        // Every grid save moves the version on, so the other tab's next save is stale.
        db.Entry(budget).Property(b => b.Version).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        var summary = await BudgetVersionSummary.Query(db, db.BudgetVersions.Where(b => b.Id == budget.Id)).SingleAsync(cancellationToken);
        return new BudgetGridSaved(summary, added, changed, removed);
    }

    /// <summary>Stages the change of one cell; returns how many lines it adds, changes and removes.</summary>
    private (int Added, int Changed, int Removed) Apply(Validation v, BudgetVersion budget, Projects.Project project, Guid wbs,
        Guid costCodeId, bool codeActive, decimal? amount, List<BudgetLine> existing)
    {
        var total = existing.Sum(l => l.Amount);
        if ((amount ?? 0m) == total)
        {
            return (0, 0, 0);
        }

        if (existing.Count > 1)
        {
            // Several lines (per activity or spread dates) have no single amount to overwrite; splitting the
            // new total between them would invent a time phasing nobody chose.
            v.Add("amount", "CellHasSeveralLines");
            return (0, 0, 0);
        }

        if (amount is null or 0m)
        {
            db.BudgetLines.Remove(existing[0]);
            return (0, 0, 1);
        }

        if (existing.Count == 1)
        {
            var line = existing[0];
            line.Change(new BudgetLineValues(line.WbsNodeId, line.ActivityId, line.CostCodeId, line.Description, amount.Value,
                line.SpreadStart, line.SpreadFinish));
            return (0, 1, 0);
        }

        if (!codeActive)
        {
            v.Add("costCodeId", "CostCodeInactive");
            return (0, 0, 0);
        }

        db.BudgetLines.Add(BudgetLine.Create(project.Id, budget.Id, new BudgetLineValues(wbs == Guid.Empty ? null : wbs, null, costCodeId,
            string.Empty, amount.Value, project.PlannedStart, project.PlannedFinish)));
        return (1, 0, 0);
    }

    /// <summary>
    /// Reads the typed or pasted text: empty clears the cell; thousands separators and a yuan sign, as Excel
    /// copies a formatted cell, are accepted; the amount is then checked like every other money amount.
    /// </summary>
    private static decimal? ParseAmount(Validation v, string? text)
    {
        var cleaned = (text ?? string.Empty).Replace("¥", string.Empty, StringComparison.Ordinal)
            .Replace("￥", string.Empty, StringComparison.Ordinal).Replace("\u00a0", string.Empty, StringComparison.Ordinal).Trim();
        if (cleaned.Length == 0)
        {
            return null;
        }

        if (!decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            v.Add("amount", "NotANumber");
            return null;
        }

        return v.Amount("amount", amount);
    }

    private static string CellName(BudgetGridCell cell, Dictionary<Guid, string> wbsCodes,
        Dictionary<Guid, (string Code, bool IsActive)> costCodes)
    {
        var wbs = cell.WbsNodeId is { } w ? wbsCodes.GetValueOrDefault(w, w.ToString()) : NoWbs;
        var code = cell.CostCodeId is { } c ? costCodes.TryGetValue(c, out var found) ? found.Code : c.ToString() : "?";
        return $"{wbs} × {code}";
    }
}
