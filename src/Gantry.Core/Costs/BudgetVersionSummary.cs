using Gantry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

public sealed record BudgetVersionSummary(Guid Id, int Number, BudgetKind Kind, string Name, BudgetStatus Status,
    DateTime? ApprovedAt, decimal Total, int Lines, int Version, Guid? ApprovedBy = null)
{
    internal static IQueryable<BudgetVersionSummary> Query(GantryDbContext db, IQueryable<BudgetVersion> versions) =>
        versions.Select(b => new BudgetVersionSummary(b.Id, b.Number, b.Kind, b.Name, b.Status, b.ApprovedAt,
            db.BudgetLines.Where(l => l.BudgetVersionId == b.Id).Sum(l => (decimal?)l.Amount) ?? 0m,
            db.BudgetLines.Count(l => l.BudgetVersionId == b.Id), b.Version, b.ApprovedBy));
}
