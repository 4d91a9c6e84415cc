using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Funds;

/// <summary>Records money received against an approved application; more than the net due only with a recorded reason.</summary>
public sealed class RecordReceipt(GantryDbContext db, PermissionService permissions)
{
    public async Task<ApplicationSummary> ExecuteAsync(Guid projectId, Guid applicationId, decimal? amount, DateOnly? receivedOn,
        string? overrideReason, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ManageFunds, cancellationToken);
        var application = await db.PaymentApplications.SingleOrDefaultAsync(a => a.Id == applicationId && a.ProjectId == projectId,
            cancellationToken) ?? throw new NotFoundException("Entity_PaymentApplication");
        var v = new Validation();
        var received = v.Amount("amount", amount);
        var on = v.DateInProject("receivedOn", receivedOn, money.Access.Project);
        var reason = v.Trimmed("overrideReason", overrideReason, Receipt.ReasonMaxLength, required: false);
        if (application.Status != ApplicationStatus.Approved)
        {
            v.Add("applicationId", "NotApproved");
        }

        v.ThrowIfAny();
        var already = await db.Receipts.Where(r => r.ApplicationId == applicationId).SumAsync(r => (decimal?)r.Amount, cancellationToken) ?? 0m;
        if (already + received > application.NetDue && reason.Length == 0)
        {
            throw ValidationFailedException.For("amount", Localization.Text.Get("OverApproved", Validation.Label("amount"), application.NetDue - already));
        }

        await PeriodRules.EnsureOpenAsync(db, projectId, on, "receivedOn", cancellationToken);
        db.Receipts.Add(Receipt.Create(projectId, applicationId, received, on, reason.Length == 0 ? null : reason, money.UserId));
        await db.SaveChangesAsync(cancellationToken);
        return (await FundsQueries.ApplicationsAsync(db, db.PaymentApplications.Where(a => a.Id == application.Id), cancellationToken)).Single();
    }
}
