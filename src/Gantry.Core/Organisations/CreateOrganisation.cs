using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Organisations;

/// <summary>An administrator registers a party: owner, supervisor, contractor, supplier or designer.</summary>
public sealed class CreateOrganisation(GantryDbContext db, PermissionService permissions)
{
    public async Task<OrganisationSummary> ExecuteAsync(OrganisationInput input, CancellationToken cancellationToken = default)
    {
        await permissions.RequireAdministratorAsync(cancellationToken);
        var organisation = Organisation.Create(input.Name, input.Type, input.Code);
        await CheckUniqueAsync(db, organisation, cancellationToken);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        return ListOrganisations.ToSummary(organisation);
    }

    internal static async Task CheckUniqueAsync(GantryDbContext db, Organisation organisation, CancellationToken cancellationToken)
    {
        if (await db.Organisations.AnyAsync(o => o.Name == organisation.Name && o.Id != organisation.Id, cancellationToken))
        {
            var v = new Validation();
            v.Add("name", "Duplicate", organisation.Name);
            v.ThrowIfAny();
        }
    }
}
