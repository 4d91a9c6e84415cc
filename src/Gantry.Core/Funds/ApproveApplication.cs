using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Funds;

/// <summary>
/// Records the owner's certification of an application: the approved value (never above the
/// measured value), retention and advance recovery, and the invoice issued for it.
/// </summary>
public sealed class ApproveApplication(GantryDbContext db, PermissionService permissions)
{
    public async Task<ApplicationSummary> ExecuteAsync(Guid projectId, Guid applicationId, ApplicationInput input,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ManageFunds, cancellationToken);
        money.RequireApproval(Permission.ManageFunds);
        var application = await db.PaymentApplications.SingleOrDefaultAsync(a => a.Id == applicationId && a.ProjectId == projectId,
            cancellationToken) ?? throw new NotFoundException("Entity_PaymentApplication");
        ConcurrencyCheck.Expect(db, application, input.Version, "Entity_PaymentApplication");
        var contract = await db.Contracts.SingleAsync(c => c.Id == application.ContractId, cancellationToken);
        var v = new Validation();
        var approved = v.Amount("approvedAmount", input.ApprovedAmount);
        if (approved > application.MeasuredAmount)
        {
            v.Add("approvedAmount", "MoreThan", Validation.Label("measuredAmount"));
        }

        var retention = v.Amount("retentionDeduction", input.RetentionDeduction ?? decimal.Round(approved * contract.RetentionRate, 2));
        var advance = v.Amount("advanceRecovery", input.AdvanceRecovery ?? 0m);
        if (retention + advance > approved)
        {
            v.Add("advanceRecovery", "MoreThan", Validation.Label("approvedAmount"));
        }

        var approvedOn = v.DateInProject("approvedOn", input.ApprovedOn, money.Access.Project);
        var invoice = v.Trimmed("invoiceNumber", input.InvoiceNumber, PaymentApplication.InvoiceMaxLength, required: false);
        var invoiceAmount = v.Amount("invoiceAmount", input.InvoiceAmount ?? 0m);
        v.ThrowIfAny();
        await PeriodRules.EnsureOpenAsync(db, projectId, approvedOn, "approvedOn", cancellationToken);
        application.Approve(approved, retention, advance, approvedOn);
        if (invoice.Length > 0)
        {
            application.RecordInvoice(invoice, invoiceAmount, input.InvoicedOn ?? approvedOn);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (await FundsQueries.ApplicationsAsync(db, db.PaymentApplications.Where(a => a.Id == application.Id), cancellationToken)).Single();
    }
}
