using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>The wage payments of a month (optionally one worker's), oldest first, with their reversals.</summary>
public sealed class ListWagePayments(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<WagePaymentSummary>> ExecuteAsync(Guid projectId, DateOnly? month, Guid? workerId = null,
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
        var own = money.SeesOwnRecordsOnly ? money.OrganisationId : (Guid?)null;
        var rows = from p in db.WagePayments
                   join w in db.Workers on p.WorkerId equals w.Id
                   where p.ProjectId == projectId && p.Month == first && (own == null || w.CrewOrganisationId == own)
                         && (workerId == null || p.WorkerId == workerId)
                   orderby p.PaidOn, p.Id
                   select new WagePaymentSummary(p.Id, p.WorkerId, w.Name, p.Month, p.Amount, p.PaidOn, p.ReversesId, p.IsReversed);
        return await rows.ToListAsync(cancellationToken);
    }
}
