using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Projects;

/// <summary>One project for its page; not found for anyone who is not a member.</summary>
public sealed class GetProject(GantryDbContext db, PermissionService permissions)
{
    public async Task<ProjectDetails> ExecuteAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.ViewProject, cancellationToken);
        return await ProjectDetails.LoadAsync(db, access, cancellationToken);
    }
}
