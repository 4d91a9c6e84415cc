using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>The month's wage sheet per worker, from approved tickets' named lines and the wages paid.</summary>
public sealed class GetWageSheet(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<WageSheetRow>> ExecuteAsync(Guid projectId, DateOnly? month, Guid? crewOrganisationId = null,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        if (!money.SeesOwnRecordsOnly && !money.Can(Permission.RecordDayLabour) && !money.Can(Permission.ViewCosts))
        {
            throw new ForbiddenException();
        }

        var v = new Validation();
        var first = v.Required("month", month);
        v.ThrowIfAny();
        first = new DateOnly(first.Year, first.Month, 1);
        var next = first.AddMonths(1);
        var workers = db.Workers.Where(w => w.ProjectId == projectId);
        if (money.SeesOwnRecordsOnly)
        {
            var own = money.OrganisationId;
            workers = workers.Where(w => w.CrewOrganisationId == own);
        }

        if (crewOrganisationId is { } crew)
        {
            workers = workers.Where(w => w.CrewOrganisationId == crew);
        }

        var earned = await (from l in db.DayLabourLines
                            join t in db.DayLabourTickets on l.TicketId equals t.Id
                            where t.ProjectId == projectId && t.Status == TicketStatus.Approved && t.Date >= first && t.Date < next
                                  && l.WorkerId != null
                            group l by l.WorkerId into g
                            select new { WorkerId = g.Key!.Value, Days = g.Sum(l => l.WorkerDays), Amount = g.Sum(l => l.Amount) })
            .ToDictionaryAsync(g => g.WorkerId, cancellationToken);
        var paid = await db.WagePayments.Where(p => p.ProjectId == projectId && p.Month == first).GroupBy(p => p.WorkerId)
            .Select(g => new { g.Key, Amount = g.Sum(p => p.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Amount, cancellationToken);
        var list = await workers.ToListAsync(cancellationToken);
        return list.Where(w => earned.ContainsKey(w.Id) || paid.ContainsKey(w.Id))
            .OrderBy(w => w.CrewName, StringComparer.Ordinal).ThenBy(w => w.Name, StringComparer.Ordinal)
            .Select(w =>
            {
                var e = earned.GetValueOrDefault(w.Id);
                var p = paid.GetValueOrDefault(w.Id);
                return new WageSheetRow(w.Id, w.Name, Worker.Mask(w.IdNumber), w.Trade, w.CrewName, e?.Days ?? 0m, e?.Amount ?? 0m, p,
                    (e?.Amount ?? 0m) - p);
            }).ToList();
    }
}
