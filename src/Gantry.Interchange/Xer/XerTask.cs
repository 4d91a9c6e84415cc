namespace Gantry.Interchange.Xer;

/// <summary>
/// A TASK row: the activity's inputs (type, durations in hours, constraints, progress) and the
/// dates and float P6 computed the last time it scheduled the project.
/// </summary>
public sealed record XerTask
{
    public required long Id { get; init; }
    public required long ProjectId { get; init; }
    public long? WbsId { get; init; }
    public long? CalendarId { get; init; }

    /// <summary>The activity ID a planner sees (<c>task_code</c>).</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }

    /// <summary>TT_Task, TT_Mile (start milestone), TT_FinMile, TT_LOE, TT_Rsrc, TT_WBS.</summary>
    public required string Type { get; init; }
    public required string DurationType { get; init; }

    /// <summary>TK_NotStart, TK_Active, TK_Complete.</summary>
    public required string Status { get; init; }
    public required string PercentCompleteType { get; init; }
    public decimal PhysicalPercentComplete { get; init; }
    public decimal PlannedDurationHours { get; init; }
    public decimal RemainingDurationHours { get; init; }
    public decimal? TotalFloatHours { get; init; }
    public decimal? FreeFloatHours { get; init; }

    /// <summary>Primary constraint (CS_MSO, CS_MSOA, CS_MSOB, CS_MEO, CS_MEOA, CS_MEOB, CS_MANDSTART, CS_MANDFIN, CS_ALAP…).</summary>
    public string? ConstraintType { get; init; }
    public DateTime? ConstraintDate { get; init; }
    public string? SecondaryConstraintType { get; init; }
    public DateTime? SecondaryConstraintDate { get; init; }
    public DateTime? ActualStart { get; init; }
    public DateTime? ActualFinish { get; init; }
    public DateTime? EarlyStart { get; init; }
    public DateTime? EarlyFinish { get; init; }
    public DateTime? LateStart { get; init; }
    public DateTime? LateFinish { get; init; }

    /// <summary>Start and finish of the remaining work (<c>restart_date</c>, <c>reend_date</c>).</summary>
    public DateTime? RemainingEarlyStart { get; init; }
    public DateTime? RemainingEarlyFinish { get; init; }
    public DateTime? RemainingLateStart { get; init; }
    public DateTime? RemainingLateFinish { get; init; }
    public DateTime? PlannedStart { get; init; }
    public DateTime? PlannedFinish { get; init; }
    public DateTime? ExpectedFinish { get; init; }
    public DateTime? SuspendDate { get; init; }
    public DateTime? ResumeDate { get; init; }
    public DateTime? ExternalEarlyStart { get; init; }
    public DateTime? ExternalLateFinish { get; init; }

    /// <summary>On the longest path when P6 last scheduled (not the critical flag).</summary>
    public bool DrivingPath { get; init; }
    public required XerRow Row { get; init; }

    internal static XerTask From(XerRow row, XerFields f) => new()
    {
        Id = f.Id(row, "task_id"),
        ProjectId = f.Id(row, "proj_id"),
        WbsId = f.OptionalId(row, "wbs_id"),
        CalendarId = f.OptionalId(row, "clndr_id"),
        Code = f.Text(row, "task_code"),
        Name = f.Text(row, "task_name"),
        Type = f.Text(row, "task_type"),
        DurationType = f.Text(row, "duration_type"),
        Status = f.Text(row, "status_code"),
        PercentCompleteType = f.Text(row, "complete_pct_type"),
        PhysicalPercentComplete = f.Number(row, "phys_complete_pct"),
        PlannedDurationHours = f.Number(row, "target_drtn_hr_cnt"),
        RemainingDurationHours = f.Number(row, "remain_drtn_hr_cnt"),
        TotalFloatHours = f.OptionalNumber(row, "total_float_hr_cnt"),
        FreeFloatHours = f.OptionalNumber(row, "free_float_hr_cnt"),
        ConstraintType = f.OptionalText(row, "cstr_type"),
        ConstraintDate = f.Date(row, "cstr_date"),
        SecondaryConstraintType = f.OptionalText(row, "cstr_type2"),
        SecondaryConstraintDate = f.Date(row, "cstr_date2"),
        ActualStart = f.Date(row, "act_start_date"),
        ActualFinish = f.Date(row, "act_end_date"),
        EarlyStart = f.Date(row, "early_start_date"),
        EarlyFinish = f.Date(row, "early_end_date"),
        LateStart = f.Date(row, "late_start_date"),
        LateFinish = f.Date(row, "late_end_date"),
        RemainingEarlyStart = f.Date(row, "restart_date"),
        RemainingEarlyFinish = f.Date(row, "reend_date"),
        RemainingLateStart = f.Date(row, "rem_late_start_date"),
        RemainingLateFinish = f.Date(row, "rem_late_end_date"),
        PlannedStart = f.Date(row, "target_start_date"),
        PlannedFinish = f.Date(row, "target_end_date"),
        ExpectedFinish = f.Date(row, "expect_end_date"),
        SuspendDate = f.Date(row, "suspend_date"),
        ResumeDate = f.Date(row, "resume_date"),
        ExternalEarlyStart = f.Date(row, "external_early_start_date"),
        ExternalLateFinish = f.Date(row, "external_late_end_date"),
        DrivingPath = f.Flag(row, "driving_path_flag"),
        Row = row,
    };
}
