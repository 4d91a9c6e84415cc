using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>The drill-down: the cost records behind a figure, newest first, a page at a time.</summary>
public sealed class ListCostRecords(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<CostRecordSummary>> ExecuteAsync(Guid projectId, CostRecordQuery query,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        money.RequireWholeProjectView();
        var v = new Validation();
        if (query.Take is < 1 or > 1000)
        {
            v.Add("take", "NotAllowedValue");
        }

        if (query.Skip < 0)
        {
            v.Add("skip", "Negative");
        }

        v.ThrowIfAny();
        var records = db.CostRecords.Where(r => r.ProjectId == projectId);
        if (query.WbsNodeId is { } wbs)
        {
            records = wbs == Guid.Empty ? records.Where(r => r.WbsNodeId == null) : records.Where(r => r.WbsNodeId == wbs);
        }

        if (query.CostCodeId is { } code)
        {
            records = records.Where(r => r.CostCodeId == code);
        }

        if (query.Category is { } category)
        {
            records = records.Where(r => db.CostCodes.Any(c => c.Id == r.CostCodeId && c.Category == category));
        }

        if (query.Kind is { } kind)
        {
            records = records.Where(r => r.Kind == kind);
        }

        if (query.Source is { } source)
        {
            records = records.Where(r => r.Source == source);
        }

        if (query.From is { } from)
        {
            records = records.Where(r => r.Date >= from);
        }

        if (query.To is { } to)
        {
            records = records.Where(r => r.Date <= to);
        }

        return await Project(db, records).Skip(query.Skip).Take(query.Take)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Newest first; the id (time-ordered GUID v7) breaks ties so paging is stable.</summary>
    internal static IQueryable<CostRecordSummary> Project(GantryDbContext db, IQueryable<CostRecord> records) =>
        from r in records
        join c in db.CostCodes on r.CostCodeId equals c.Id
        orderby r.Date descending, r.Id descending
        select new CostRecordSummary(r.Id, r.Kind, r.Source, r.Date, r.WbsNodeId, r.ActivityId, r.CostCodeId, c.Code, r.ContractId,
            r.Description, r.Amount, r.VatRate, r.NetAmount, r.SourceId, r.ReversesId, r.IsReversed);
}
