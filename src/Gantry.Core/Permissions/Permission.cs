namespace Gantry.Core.Permissions;

/// <summary>An action inside one project. Later modules add theirs here and map them in <see cref="RolePermissions"/>.</summary>
public enum Permission
{
    ViewProject = 1,
    EditProject = 2,
    ArchiveProject = 3,
    ManageMembers = 4,
    ViewAudit = 5,
    EditSchedule = 6,
    ReportProgress = 7,
    EditCosts = 8,

    /// <summary>Sign off a schedule baseline (目标计划审批): the project manager's call, not the planner's.</summary>
    ApproveBaseline = 9,
}
