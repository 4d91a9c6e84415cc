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

    /// <summary>Edit cost codes, budgets, contracts and cost records (cost controllers and project managers).</summary>
    EditCosts = 8,

    /// <summary>See the whole project's money: budgets, every contract, the cost report, cash flow and ledgers.</summary>
    ViewCosts = 9,

    /// <summary>Approve a budget version or a contract variation.</summary>
    ApproveCosts = 10,

    /// <summary>Write and submit day-labour tickets and keep the worker roster.</summary>
    RecordDayLabour = 11,

    /// <summary>Verify a submitted day-labour ticket on site.</summary>
    VerifyDayLabour = 12,

    /// <summary>Approve a verified day-labour ticket, which posts its cost.</summary>
    ApproveDayLabour = 13,

    /// <summary>Record payment applications, receipts, payment requests and payments.</summary>
    ManageFunds = 14,

    /// <summary>Check a payment request (first approval step).</summary>
    CheckPayments = 15,

    /// <summary>Approve a payment request (last approval step).</summary>
    ApprovePayments = 16,

    /// <summary>Close a month so its costs, tickets and payments are locked.</summary>
    CloseMonths = 17,

    /// <summary>Sign off a schedule baseline (目标计划审批): the project manager's call, not the planner's.</summary>
    ApproveBaseline = 18,

    /// <summary>Prepare monthly and weekly plans and report on them (a site engineer: his own organisation's only).</summary>
    EditPlans = 19,

    /// <summary>Approve, reject and publish monthly and weekly plans: the project manager's call.</summary>
    ApprovePlans = 20,
}
