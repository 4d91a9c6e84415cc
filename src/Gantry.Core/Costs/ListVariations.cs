using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>The variations of one contract, for whoever may see the contract.</summary>
public sealed class ListVariations(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<VariationSummary>> ExecuteAsync(Guid projectId, Guid contractId,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        var contract = await db.Contracts.SingleOrDefaultAsync(c => c.Id == contractId && c.ProjectId == projectId, cancellationToken);
        if (contract is null || (money.SeesOwnRecordsOnly && contract.CounterpartyId != money.OrganisationId))
        {
            throw new NotFoundException("Entity_Contract");
        }

        if (!money.SeesOwnRecordsOnly)
        {
            money.RequireWholeProjectView();
        }

        var list = await db.ContractVariations.Where(x => x.ContractId == contractId).ToListAsync(cancellationToken);
        return list.OrderBy(x => x.Date).ThenBy(x => x.Code, StringComparer.Ordinal).Select(VariationSummary.From).ToList();
    }
}
