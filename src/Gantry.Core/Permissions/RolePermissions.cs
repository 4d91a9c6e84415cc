using System.Collections.Frozen;
using Gantry.Core.Members;

namespace Gantry.Core.Permissions;

/// <summary>The one table of who may do what in a project. Administrators may do everything.</summary>
public static class RolePermissions
{
    public static readonly FrozenSet<Permission> All = Enum.GetValues<Permission>().ToFrozenSet();

    private static readonly FrozenDictionary<ProjectRole, FrozenSet<Permission>> Table =
        new Dictionary<ProjectRole, FrozenSet<Permission>>
        {
            [ProjectRole.ProjectManager] = All,
            [ProjectRole.Planner] = new[]
            {
                Permission.ViewProject, Permission.EditSchedule, Permission.ReportProgress, Permission.ViewAudit,
            }.ToFrozenSet(),
            [ProjectRole.SiteEngineer] = new[] { Permission.ViewProject, Permission.ReportProgress }.ToFrozenSet(),
            [ProjectRole.CostController] = new[] { Permission.ViewProject, Permission.EditCosts, Permission.ViewAudit }.ToFrozenSet(),
            [ProjectRole.Viewer] = new[] { Permission.ViewProject }.ToFrozenSet(),
        }.ToFrozenDictionary();

    public static FrozenSet<Permission> For(ProjectRole role) => Table[role];
}
