using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Organisations;

/// <summary>An administrator corrects an organisation's name, code or type.</summary>
public sealed class UpdateOrganisation(GantryDbContext db, PermissionService permissions)
{
    public async Task<OrganisationSummary> ExecuteAsync(Guid organisationId, OrganisationInput input,
        CancellationToken cancellationToken = default)
    {
        await permissions.RequireAdministratorAsync(cancellationToken);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            ?? throw new NotFoundException("Entity_Organisation");
        ConcurrencyCheck.Expect(db, organisation, input.Version, "Entity_Organisation");
        organisation.Change(input.Name, input.Type, input.Code);
        await CreateOrganisation.CheckUniqueAsync(db, organisation, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ListOrganisations.ToSummary(organisation);
    }
}
