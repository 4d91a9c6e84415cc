using System.Collections.Frozen;
using Gantry.Core.Members;
using Gantry.Core.Projects;
using Gantry.Core.Users;

namespace Gantry.Core.Permissions;

/// <summary>What the acting user may do in one project; <see cref="Role"/> is null for an administrator who is not a member.</summary>
public sealed record ProjectAccess(User User, Project Project, ProjectRole? Role, FrozenSet<Permission> Permissions)
{
    public bool Can(Permission permission) => Permissions.Contains(permission);
}
