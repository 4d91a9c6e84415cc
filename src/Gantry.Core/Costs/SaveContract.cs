using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>Registers a contract (<c>contractId</c> null) or changes one; a signed contract's price is fixed.</summary>
public sealed class SaveContract(GantryDbContext db, PermissionService permissions)
{
    public async Task<ContractSummary> ExecuteAsync(Guid projectId, Guid? contractId, ContractInput input,
        CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.EditCosts, cancellationToken);
        await CostCodeDefaults.EnsureAsync(db, projectId, cancellationToken);
        var values = await input.CheckAsync(db, projectId, contractId, cancellationToken);
        Contract contract;
        if (contractId is null)
        {
            contract = Contract.Create(projectId, values);
            db.Contracts.Add(contract);
        }
        else
        {
            contract = await db.Contracts.SingleOrDefaultAsync(c => c.Id == contractId && c.ProjectId == projectId, cancellationToken)
                ?? throw new NotFoundException("Entity_Contract");
            ConcurrencyCheck.Expect(db, contract, input.Version, "Entity_Contract");
            contract.Change(values);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await ContractSummary.Query(db, db.Contracts.Where(c => c.Id == contract.Id)).SingleAsync(cancellationToken);
    }
}
