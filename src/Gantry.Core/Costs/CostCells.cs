using Gantry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>The grouped queries behind the cost report: each source summed by WBS node × cost code in the database.</summary>
internal static class CostCells
{
    public static async Task<Dictionary<(Guid? Wbs, Guid Code), CostCell>> LoadAsync(GantryDbContext db, Guid projectId,
        CancellationToken cancellationToken)
    {
        var cells = new Dictionary<(Guid?, Guid), CostCell>();
        CostCell Cell(Guid? wbs, Guid code)
        {
            if (!cells.TryGetValue((wbs, code), out var cell))
            {
                cell = new CostCell();
                cells[(wbs, code)] = cell;
            }

            return cell;
        }

        var budget = await (from l in db.BudgetLines
                            join b in db.BudgetVersions on l.BudgetVersionId equals b.Id
                            where b.ProjectId == projectId && b.Status == BudgetStatus.Approved
                            group l by new { l.WbsNodeId, l.CostCodeId } into g
                            select new { g.Key.WbsNodeId, g.Key.CostCodeId, Amount = g.Sum(l => l.Amount) }).ToListAsync(cancellationToken);
        foreach (var b in budget)
        {
            Cell(b.WbsNodeId, b.CostCodeId).Budget += b.Amount;
        }

        var contracts = await db.Contracts
            .Where(c => c.ProjectId == projectId && c.Kind != ContractKind.Owner && c.Status == ContractStatus.InForce && c.CostCodeId != null)
            .GroupBy(c => new { c.WbsNodeId, c.CostCodeId })
            .Select(g => new { g.Key.WbsNodeId, g.Key.CostCodeId, Amount = g.Sum(c => c.NetAmount) }).ToListAsync(cancellationToken);
        foreach (var c in contracts)
        {
            Cell(c.WbsNodeId, c.CostCodeId!.Value).Contracted += c.Amount;
        }

        var variations = await (from x in db.ContractVariations
                                join c in db.Contracts on x.ContractId equals c.Id
                                where c.ProjectId == projectId && c.Kind != ContractKind.Owner && c.CostCodeId != null
                                      && x.Status == VariationStatus.Approved
                                group x by new { c.WbsNodeId, c.CostCodeId } into g
                                select new { g.Key.WbsNodeId, g.Key.CostCodeId, Amount = g.Sum(x => x.NetAmount) })
            .ToListAsync(cancellationToken);
        foreach (var x in variations)
        {
            Cell(x.WbsNodeId, x.CostCodeId!.Value).Contracted += x.Amount;
        }

        var records = await db.CostRecords.Where(r => r.ProjectId == projectId)
            .GroupBy(r => new { r.WbsNodeId, r.CostCodeId, r.Kind, UnderContract = r.ContractId != null })
            .Select(g => new { g.Key.WbsNodeId, g.Key.CostCodeId, g.Key.Kind, g.Key.UnderContract, Amount = g.Sum(r => r.NetAmount) })
            .ToListAsync(cancellationToken);
        foreach (var r in records)
        {
            var cell = Cell(r.WbsNodeId, r.CostCodeId);
            if (r.Kind == CostRecordKind.Commitment)
            {
                cell.CommitmentRecords += r.Amount;
            }
            else
            {
                cell.Actual += r.Amount;
                if (!r.UnderContract)
                {
                    cell.ActualOutsideContracts += r.Amount;
                }
            }
        }

        return cells;
    }

    /// <summary>Income (owner contract and its approved variations, net of VAT) by WBS node; Guid.Empty stands for "the whole project".</summary>
    public static async Task<Dictionary<Guid, decimal>> IncomeByWbsAsync(GantryDbContext db, Guid projectId,
        CancellationToken cancellationToken)
    {
        var owner = db.Contracts.Where(c => c.ProjectId == projectId && c.Kind == ContractKind.Owner && c.Status == ContractStatus.InForce);
        var contracts = await owner.GroupBy(c => c.WbsNodeId).Select(g => new { g.Key, Amount = g.Sum(c => c.NetAmount) })
            .ToListAsync(cancellationToken);
        var variations = await (from x in db.ContractVariations
                                join c in owner on x.ContractId equals c.Id
                                where x.Status == VariationStatus.Approved
                                group x by c.WbsNodeId into g
                                select new { g.Key, Amount = g.Sum(x => x.NetAmount) }).ToListAsync(cancellationToken);
        var income = new Dictionary<Guid, decimal>();
        foreach (var row in contracts.Concat(variations))
        {
            income[row.Key ?? Guid.Empty] = income.GetValueOrDefault(row.Key ?? Guid.Empty) + row.Amount;
        }

        return income;
    }
}
