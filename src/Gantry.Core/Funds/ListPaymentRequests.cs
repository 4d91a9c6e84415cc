using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Funds;

/// <summary>Payment requests and what was paid on them; a subcontractor or supplier sees only its own.</summary>
public sealed class ListPaymentRequests(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<PaymentRequestSummary>> ExecuteAsync(Guid projectId, PaymentStatus? status = null,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        var requests = db.PaymentRequests.Where(p => p.ProjectId == projectId);
        if (money.SeesOwnRecordsOnly)
        {
            var own = money.OrganisationId;
            requests = requests.Where(p => p.PayeeId == own);
        }
        else
        {
            money.RequireWholeProjectView();
        }

        if (status is not null)
        {
            requests = requests.Where(p => p.Status == status);
        }

        return await FundsQueries.RequestsAsync(db, requests, cancellationToken);
    }
}
