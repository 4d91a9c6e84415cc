using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Funds;

/// <summary>Progress payment applications to the owner with receipts; the owner's members see them too (they are its own).</summary>
public sealed class ListApplications(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<ApplicationSummary>> ExecuteAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        var applications = db.PaymentApplications.Where(a => a.ProjectId == projectId);
        if (money.SeesOwnRecordsOnly)
        {
            var own = money.OrganisationId;
            applications = applications.Where(a => db.Contracts.Any(c => c.Id == a.ContractId && c.CounterpartyId == own));
        }
        else
        {
            money.RequireWholeProjectView();
        }

        return await FundsQueries.ApplicationsAsync(db, applications, cancellationToken);
    }
}
