using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>Records a variation, site instruction or back-charge on a signed contract; it counts once approved.</summary>
public sealed class AddVariation(GantryDbContext db, PermissionService permissions)
{
    public async Task<VariationSummary> ExecuteAsync(Guid projectId, Guid contractId, VariationInput input,
        CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditCosts, cancellationToken);
        var contract = await db.Contracts.SingleOrDefaultAsync(c => c.Id == contractId && c.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_Contract");
        var v = new Validation();
        var code = v.Code("code", input.Code, ContractVariation.CodeMaxLength);
        var kind = v.Enum("kind", input.Kind);
        var description = v.Trimmed("description", input.Description, ContractVariation.DescriptionMaxLength);
        var date = v.DateInProject("date", input.Date, access.Project);
        var amount = v.Amount("amount", input.Amount, allowNegative: true);
        if (contract.Status != ContractStatus.InForce)
        {
            v.Add("contractId", "ContractNotSigned");
        }

        if (v.IsValid("code") && await db.ContractVariations.AnyAsync(x => x.ContractId == contractId && x.Code == code, cancellationToken))
        {
            v.Add("code", "Duplicate", code);
        }

        v.ThrowIfAny();
        var variation = ContractVariation.Create(contract, code, kind, description, date, amount, null);
        db.ContractVariations.Add(variation);
        await db.SaveChangesAsync(cancellationToken);
        return VariationSummary.From(variation);
    }
}
