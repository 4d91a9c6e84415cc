using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Organisations;

/// <summary>All organisations, for pickers (owner of a project, a user's employer). Any signed-in user may list them.</summary>
public sealed class ListOrganisations(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<OrganisationSummary>> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        await permissions.RequireUserAsync(cancellationToken);
        var rows = await db.Organisations.ToListAsync(cancellationToken);
        return rows.OrderBy(o => o.Type).ThenBy(o => o.Name, StringComparer.CurrentCulture).Select(ToSummary).ToArray();
    }

    internal static OrganisationSummary ToSummary(Organisation o) => new(o.Id, o.Name, o.Code, o.Type, o.Version);
}
