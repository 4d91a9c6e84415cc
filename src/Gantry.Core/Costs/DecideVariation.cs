using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>The project manager approves or rejects a pending variation; an approved one changes the contract's value.</summary>
public sealed class DecideVariation(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<VariationSummary> ExecuteAsync(Guid projectId, Guid variationId, bool approve, int? version,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ApproveCosts, cancellationToken);
        money.RequireApproval(Permission.ApproveCosts);
        var variation = await db.ContractVariations.SingleOrDefaultAsync(x => x.Id == variationId && x.ProjectId == projectId,
            cancellationToken) ?? throw new NotFoundException("Entity_ContractVariation");
        ConcurrencyCheck.Expect(db, variation, version, "Entity_ContractVariation");
        variation.Decide(approve, money.UserId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return VariationSummary.From(variation);
    }
}
