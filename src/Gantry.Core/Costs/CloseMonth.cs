using System.Globalization;
using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>Closes a month's books (any day of the month names it). There is no reopening: corrections go into an open month.</summary>
public sealed class CloseMonth(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<IReadOnlyList<DateOnly>> ExecuteAsync(Guid projectId, DateOnly? month, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.CloseMonths, cancellationToken);
        money.RequireApproval(Permission.CloseMonths);
        var project = money.Access.Project;
        var v = new Validation();
        var first = ClosedMonth.MonthOf(v.Required("month", month));
        if (month is not null && (first < ClosedMonth.MonthOf(project.PlannedStart) || first > ClosedMonth.MonthOf(project.PlannedFinish)))
        {
            v.Add("month", "OutsideProject", project.PlannedStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                project.PlannedFinish.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        v.ThrowIfAny();
        var closed = await db.ClosedMonths.Where(c => c.ProjectId == projectId).Select(c => c.Month).ToListAsync(cancellationToken);
        if (closed.Contains(first))
        {
            throw ValidationFailedException.For("month", Localization.Text.Get("AlreadyClosed", Validation.Label("month")));
        }

        db.ClosedMonths.Add(ClosedMonth.Create(projectId, first, money.UserId, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        closed.Add(first);
        return closed.Order().ToList();
    }
}
