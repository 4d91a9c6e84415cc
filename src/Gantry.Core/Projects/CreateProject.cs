using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Members;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Projects;

/// <summary>Starts a project. A non-administrator creator becomes its project manager, so they can see what they made.</summary>
public sealed class CreateProject(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<ProjectDetails> ExecuteAsync(ProjectInput input, CancellationToken cancellationToken = default)
    {
        var user = await permissions.RequireUserAsync(cancellationToken);
        if (!await permissions.CanCreateProjectsAsync(cancellationToken))
        {
            throw new ForbiddenException();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var project = Project.Create(input, now);
        await ProjectReferences.CheckAsync(db, project, cancellationToken);
        db.Projects.Add(project);
        if (!user.IsAdministrator)
        {
            var partyRole = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.Type)
                .SingleAsync(cancellationToken);
            db.Memberships.Add(ProjectMembership.Create(project.Id, user.Id, ProjectRole.ProjectManager, partyRole, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        var access = await permissions.RequireProjectAsync(project.Id, Permission.ViewProject, cancellationToken);
        return await ProjectDetails.LoadAsync(db, access, cancellationToken);
    }
}
