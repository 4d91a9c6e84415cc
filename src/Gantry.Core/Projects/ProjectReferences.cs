using Gantry.Core.Common;
using Gantry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Projects;

/// <summary>Rules that need the database: the code is unique and the owner organisation exists.</summary>
internal static class ProjectReferences
{
    public static async Task CheckAsync(GantryDbContext db, Project project, CancellationToken cancellationToken)
    {
        var v = new Validation();
        if (await db.Projects.AnyAsync(p => p.Code == project.Code && p.Id != project.Id, cancellationToken))
        {
            v.Add("code", "Duplicate", project.Code);
        }

        if (!await db.Organisations.AnyAsync(o => o.Id == project.OwnerOrganisationId, cancellationToken))
        {
            v.Add("ownerOrganisationId", "NotAllowedValue");
        }

        v.ThrowIfAny();
    }
}
