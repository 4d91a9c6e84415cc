using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Funds;

/// <summary>A receipt is never deleted: a mistaken one is reversed by a negated receipt dated in an open month.</summary>
public sealed class ReverseReceipt(GantryDbContext db, PermissionService permissions)
{
    public async Task<ApplicationSummary> ExecuteAsync(Guid projectId, Guid receiptId, DateOnly? date, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ManageFunds, cancellationToken);
        var receipt = await db.Receipts.SingleOrDefaultAsync(r => r.Id == receiptId && r.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_Receipt");
        var v = new Validation();
        var on = v.DateInProject("date", date, money.Access.Project);
        v.ThrowIfAny();
        await PeriodRules.EnsureOpenAsync(db, projectId, on, "date", cancellationToken);
        db.Receipts.Add(receipt.Reverse(on, money.UserId));
        await db.SaveChangesAsync(cancellationToken);
        return (await FundsQueries.ApplicationsAsync(db, db.PaymentApplications.Where(a => a.Id == receipt.ApplicationId), cancellationToken))
            .Single();
    }
}
