using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Projects;

/// <summary>Replaces a project's details. <see cref="ProjectInput.Version"/> must be the version the user loaded.</summary>
public sealed class UpdateProject(GantryDbContext db, PermissionService permissions)
{
    public async Task<ProjectDetails> ExecuteAsync(Guid projectId, ProjectInput input, CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditProject, cancellationToken);
        var project = access.Project;
        ConcurrencyCheck.Expect(db, project, input.Version, "Entity_Project");
        project.Update(input);
        await ProjectReferences.CheckAsync(db, project, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await ProjectDetails.LoadAsync(db, access, cancellationToken);
    }
}
