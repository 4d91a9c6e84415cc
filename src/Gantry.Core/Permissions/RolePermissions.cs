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
            // Planners see the money too: the time-phased budget is their planned value curve.
            [ProjectRole.Planner] = new[]
            {
                Permission.ViewProject, Permission.EditSchedule, Permission.ReportProgress, Permission.ViewAudit, Permission.ViewCosts,
                Permission.EditPlans,
            }.ToFrozenSet(),
            // Site engineers prepare the weekly plans of their own organisation (PlanAccess narrows EditPlans to it).
            // A foreman is a site engineer of the crew's organisation: he writes tickets, the contractor's engineer verifies.
            [ProjectRole.SiteEngineer] = new[]
            {
                Permission.ViewProject, Permission.ReportProgress, Permission.RecordDayLabour, Permission.VerifyDayLabour,
                Permission.EditPlans,
            }.ToFrozenSet(),
            [ProjectRole.CostController] = new[]
            {
                Permission.ViewProject, Permission.EditCosts, Permission.ViewAudit, Permission.ViewCosts, Permission.ManageFunds,
                Permission.CheckPayments, Permission.CloseMonths, Permission.RecordDayLabour,
            }.ToFrozenSet(),
            [ProjectRole.Viewer] = new[] { Permission.ViewProject }.ToFrozenSet(),
        }.ToFrozenDictionary();

    public static FrozenSet<Permission> For(ProjectRole role) => Table[role];
}
