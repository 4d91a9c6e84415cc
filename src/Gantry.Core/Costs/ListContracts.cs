using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>The project's contracts; a party other than the general contractor sees only its own.</summary>
public sealed class ListContracts(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<ContractSummary>> ExecuteAsync(Guid projectId, ContractKind? kind = null,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        var contracts = db.Contracts.Where(c => c.ProjectId == projectId);
        if (money.SeesOwnRecordsOnly)
        {
            var own = money.OrganisationId;
            contracts = contracts.Where(c => c.CounterpartyId == own);
        }
        else
        {
            money.RequireWholeProjectView();
        }

        if (kind is not null)
        {
            contracts = contracts.Where(c => c.Kind == kind);
        }

        var list = await ContractSummary.Query(db, contracts).ToListAsync(cancellationToken);
        return list.OrderBy(c => c.Kind).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
    }
}
