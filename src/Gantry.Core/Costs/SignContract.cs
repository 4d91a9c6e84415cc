using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>Records the signing of a contract; from then on a cost contract counts as committed cost.</summary>
public sealed class SignContract(GantryDbContext db, PermissionService permissions)
{
    public async Task<ContractSummary> ExecuteAsync(Guid projectId, Guid contractId, DateOnly? signedOn, int? version,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ApproveCosts, cancellationToken);
        money.RequireApproval(Permission.ApproveCosts);
        var contract = await db.Contracts.SingleOrDefaultAsync(c => c.Id == contractId && c.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_Contract");
        ConcurrencyCheck.Expect(db, contract, version, "Entity_Contract");
        var v = new Validation();
        var date = v.Required("signedOn", signedOn);
        v.ThrowIfAny();
        contract.Sign(date);
        await db.SaveChangesAsync(cancellationToken);
        return await ContractSummary.Query(db, db.Contracts.Where(c => c.Id == contract.Id)).SingleAsync(cancellationToken);
    }
}
