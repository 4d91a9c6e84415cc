using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>Records wages paid to a worker for a month; never more than the approved tickets earned that month.</summary>
public sealed class PayWages(GantryDbContext db, PermissionService permissions)
{
    public async Task<WageSheetRow> ExecuteAsync(Guid projectId, Guid workerId, DateOnly? month, decimal? amount, DateOnly? paidOn,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ManageFunds, cancellationToken);
        var worker = await db.Workers.SingleOrDefaultAsync(w => w.Id == workerId && w.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_Worker");
        var v = new Validation();
        var first = v.Required("month", month);
        var paid = v.Amount("amount", amount);
        var on = v.DateInProject("paidOn", paidOn, money.Access.Project);
        if (amount == 0m)
        {
            v.Add("amount", "MustBePositive");
        }

        v.ThrowIfAny();
        await PeriodRules.EnsureOpenAsync(db, projectId, on, "paidOn", cancellationToken);
        var sheet = await new GetWageSheet(db, permissions).ExecuteAsync(projectId, first, worker.CrewOrganisationId, cancellationToken);
        var row = sheet.SingleOrDefault(r => r.WorkerId == workerId);
        if (row is null || paid > row.Owed)
        {
            throw ValidationFailedException.For("amount", Localization.Text.Get("MoreThanOwed", Validation.Label("amount"), row?.Owed ?? 0m));
        }

        db.WagePayments.Add(WagePayment.Create(projectId, workerId, first, paid, on, money.UserId));
        await db.SaveChangesAsync(cancellationToken);
        return row with { Paid = row.Paid + paid, Owed = row.Owed - paid };
    }
}
