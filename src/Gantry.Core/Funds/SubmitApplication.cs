using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Funds;

/// <summary>The cost controller records a progress payment application submitted to the owner under the owner contract.</summary>
public sealed class SubmitApplication(GantryDbContext db, PermissionService permissions)
{
    public async Task<ApplicationSummary> ExecuteAsync(Guid projectId, ApplicationInput input, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ManageFunds, cancellationToken);
        var v = new Validation();
        var contractId = v.Required("contractId", input.ContractId);
        var periodEnd = v.DateInProject("periodEnd", input.PeriodEnd, money.Access.Project);
        var measured = v.Amount("measuredAmount", input.MeasuredAmount);
        if (v.IsValid("contractId") && !await db.Contracts.AnyAsync(c => c.Id == contractId && c.ProjectId == projectId
                && c.Kind == ContractKind.Owner && c.Status == ContractStatus.InForce, cancellationToken))
        {
            v.Add("contractId", "NotAllowedValue");
        }

        v.ThrowIfAny();
        var number = (await db.PaymentApplications.Where(a => a.ProjectId == projectId).MaxAsync(a => (int?)a.Number, cancellationToken) ?? 0) + 1;
        var application = PaymentApplication.Create(projectId, contractId, number, periodEnd, measured);
        db.PaymentApplications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return (await FundsQueries.ApplicationsAsync(db, db.PaymentApplications.Where(a => a.Id == application.Id), cancellationToken)).Single();
    }
}
