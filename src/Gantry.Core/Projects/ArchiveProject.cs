using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Projects;

/// <summary>
/// Archives a project (or brings it back with <paramref name="archived"/> = false). Archived
/// projects stay readable for audits and hand-over but drop out of the default portfolio.
/// </summary>
public sealed class ArchiveProject(GantryDbContext db, PermissionService permissions)
{
    public async Task<ProjectDetails> ExecuteAsync(Guid projectId, int? version, bool archived = true,
        CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.ArchiveProject, cancellationToken);
        var project = access.Project;
        ConcurrencyCheck.Expect(db, project, version, "Entity_Project");
        if (archived)
        {
            project.Archive();
        }
        else
        {
            project.Restore();
        }

        await db.SaveChangesAsync(cancellationToken);
        return await ProjectDetails.LoadAsync(db, access, cancellationToken);
    }
}
