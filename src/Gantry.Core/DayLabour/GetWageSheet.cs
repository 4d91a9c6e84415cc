using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>The month's wage sheet per worker: owed on approved tickets, requested, paid either way, unpaid and overdue.</summary>
public sealed class GetWageSheet(GantryDbContext db, PermissionService permissions, TimeProvider clock)
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

        var standings = await WageStanding.ForMonthAsync(db, projectId, first, null, cancellationToken);
        var ended = MonthHasEnded(first, clock);
        var list = await workers.ToListAsync(cancellationToken);
        return list.Where(w => standings.ContainsKey(w.Id))
            .OrderBy(w => w.CrewName, StringComparer.Ordinal).ThenBy(w => w.Name, StringComparer.Ordinal)
            .Select(w => Row(w, standings[w.Id], ended)).ToList();
    }

    internal static WageSheetRow Row(Worker worker, WageStanding s, bool monthEnded) =>
        new(worker.Id, worker.Name, Worker.Mask(worker.IdNumber), worker.Trade, worker.CrewName, s.WorkerDays, s.Owed, s.Requested, s.Paid,
            s.Unpaid, s.Payable, monthEnded && s.Unpaid > 0m);

    /// <summary>Wages are due by the end of the month they were earned in; after that, anything unpaid is overdue.</summary>
    internal static bool MonthHasEnded(DateOnly month, TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetLocalNow().DateTime) >= month.AddMonths(1);
}
