namespace Gantry.Core.Members;

/// <summary>What a person does in one project; <see cref="Permissions.RolePermissions"/> says what each may do.</summary>
public enum ProjectRole
{
    /// <summary>项目经理: owns the project data, members and approvals.</summary>
    ProjectManager = 1,

    /// <summary>计划协调岗: builds and updates the schedules.</summary>
    Planner = 2,

    /// <summary>现场工程师 / 施工员: reports daily progress and day labour.</summary>
    SiteEngineer = 3,

    /// <summary>成本管理员: budgets, costs and payments.</summary>
    CostController = 4,

    /// <summary>只读: sees the project, changes nothing.</summary>
    Viewer = 5,
}
