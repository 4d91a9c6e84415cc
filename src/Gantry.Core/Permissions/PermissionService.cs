using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Organisations;
using Gantry.Core.Projects;
using Gantry.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Permissions;

/// <summary>
/// The one place that decides who may see and do what; pages, API and use cases all ask here.
/// A project the user is not a member of does not exist for them: they get
/// <see cref="NotFoundException"/>, never its data and never "forbidden" (which would confirm it exists).
/// </summary>
public sealed class PermissionService(GantryDbContext db, CurrentUser currentUser)
{
    private User? _user;

    /// <summary>The signed-in, active user, loaded once per scope.</summary>
    public async Task<User> RequireUserAsync(CancellationToken cancellationToken = default)
    {
        if (_user is not null)
        {
            return _user;
        }

        if (currentUser.UserId is not { } id)
        {
            throw new NotSignedInException();
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null || !user.IsActive)
        {
            throw new NotSignedInException();
        }

        _user = user;
        return user;
    }

    public async Task<User> RequireAdministratorAsync(CancellationToken cancellationToken = default)
    {
        var user = await RequireUserAsync(cancellationToken);
        if (!user.IsAdministrator)
        {
            throw new ForbiddenException();
        }

        return user;
    }

    /// <summary>Projects the user may see: all for an administrator, else those they are a member of.</summary>
    public IQueryable<Project> VisibleProjects(User user) =>
        user.IsAdministrator
            ? db.Projects
            : db.Projects.Where(p => db.Memberships.Any(m => m.ProjectId == p.Id && m.UserId == user.Id));

    /// <summary>
    /// Loads the project for an action. Not visible → <see cref="NotFoundException"/>; visible but
    /// the role lacks <paramref name="permission"/> → <see cref="ForbiddenException"/>.
    /// </summary>
    public async Task<ProjectAccess> RequireProjectAsync(Guid projectId, Permission permission,
        CancellationToken cancellationToken = default)
    {
        var access = await FindProjectAccessAsync(projectId, cancellationToken) ?? throw new NotFoundException("Entity_Project");
        if (!access.Can(permission))
        {
            throw new ForbiddenException();
        }

        return access;
    }

    /// <summary>The user's access to a project, or null when they may not see it. For pages that show or hide buttons.</summary>
    public async Task<ProjectAccess?> FindProjectAccessAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        var user = await RequireUserAsync(cancellationToken);
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return null;
        }

        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.ProjectId == projectId && m.UserId == user.Id,
            cancellationToken);
        if (user.IsAdministrator)
        {
            return new ProjectAccess(user, project, membership?.Role, RolePermissions.All);
        }

        return membership is null
            ? null
            : new ProjectAccess(user, project, membership.Role, PartyLimits.Apply(RolePermissions.For(membership.Role), membership.PartyRole));
    }

    /// <summary>
    /// Administrators, and users of an owner or a general contractor, may start projects: in China
    /// those are the parties that run a project's schedule and contracts.
    /// </summary>
    public async Task<bool> CanCreateProjectsAsync(CancellationToken cancellationToken = default)
    {
        var user = await RequireUserAsync(cancellationToken);
        if (user.IsAdministrator)
        {
            return true;
        }

        var type = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => (OrganisationType?)o.Type)
            .SingleOrDefaultAsync(cancellationToken);
        return type is OrganisationType.Owner or OrganisationType.GeneralContractor;
    }
}
