using static Gantry.Interchange.Pmxml.PmxmlKind;
using V = Gantry.Interchange.Pmxml.PmxmlVocabulary;

namespace Gantry.Interchange.Pmxml;

/// <summary>
/// Which P6 XML element fills which XER field. The names are P6's own: P6 XML spells out the
/// same database columns XER abbreviates (PlannedDuration = target_drtn_hr_cnt, in hours in both).
/// </summary>
internal static class PmxmlSpecs
{
    public static readonly PmxmlTableSpec Project = new("PROJECT", "Project",
        new("proj_id", "ObjectId", Id),
        new("proj_short_name", "Id", Text),
        new("clndr_id", "ActivityDefaultCalendarObjectId", OptionalId),
        new("last_recalc_date", "DataDate", Date),
        new("plan_start_date", "PlannedStartDate", Date),
        new("plan_end_date", "MustFinishByDate", Date),
        new("scd_end_date", "ScheduledFinishDate", Date),
        new("critical_drtn_hr_cnt", "CriticalActivityFloatLimit", Number),
        new("critical_path_type", "CriticalActivityPathType", Code, V.CriticalPathType),
        new("def_duration_type", "ActivityDefaultDurationType", Code, V.DurationType),
        new("def_complete_pct_type", "ActivityDefaultPercentCompleteType", Code, V.PercentCompleteType));

    /// <summary>Filled by hand from the Project (or its ScheduleOptions element): see <see cref="PmxmlTables"/>.</summary>
    public static readonly PmxmlTableSpec ScheduleOptions = new("SCHEDOPTIONS", "ScheduleOptions",
        new("proj_id", "ObjectId", Id),
        new("sched_retained_logic", "OutOfSequenceScheduleType", Text),
        new("sched_progress_override", "OutOfSequenceScheduleType", Text),
        new("sched_float_type", "ComputeTotalFloatType", Code, V.FloatType),
        new("sched_calendar_on_relationship_lag", "RelationshipLagCalendar", Code, V.LagCalendar),
        new("sched_lag_early_start_flag", "StartToStartLagCalculationType", Code, V.StartToStartLag),
        new("sched_open_critical_flag", "MakeOpenEndedActivitiesCritical", Flag),
        new("sched_use_expect_end_flag", "UseExpectedEndDates", Flag),
        new("sched_use_project_end_date_for_float", "UseProjectEndDateForTotalFloat", Flag));

    /// <summary>clndr_data is the calendar's own StandardWorkWeek and HolidayOrExceptions, kept as XML.</summary>
    public static readonly PmxmlTableSpec Calendar = new("CALENDAR", "Calendar",
        new("clndr_id", "ObjectId", Id),
        new("clndr_name", "Name", Text),
        new("proj_id", "ProjectObjectId", OptionalId),
        new("base_clndr_id", "BaseCalendarObjectId", OptionalId),
        new("clndr_type", "Type", Code, V.CalendarType),
        new("default_flag", "IsDefault", Flag),
        new("day_hr_cnt", "HoursPerDay", Number),
        new("week_hr_cnt", "HoursPerWeek", Number),
        new("month_hr_cnt", "HoursPerMonth", Number),
        new("year_hr_cnt", "HoursPerYear", Number),
        new("clndr_data", "StandardWorkWeek", Text));

    public static readonly PmxmlTableSpec Wbs = new("PROJWBS", "WBS",
        new("wbs_id", "ObjectId", Id),
        new("proj_id", "ProjectObjectId", ProjectId),
        new("parent_wbs_id", "ParentObjectId", OptionalId),
        new("wbs_short_name", "Code", Text),
        new("wbs_name", "Name", Text),
        new("seq_num", "SequenceNumber", Number),
        new("proj_node_flag", "ProjectNode", Text));

    public static readonly PmxmlTableSpec Activity = new("TASK", "Activity",
        new("task_id", "ObjectId", Id),
        new("proj_id", "ProjectObjectId", ProjectId),
        new("wbs_id", "WBSObjectId", OptionalId),
        new("clndr_id", "CalendarObjectId", OptionalId),
        new("task_code", "Id", Text),
        new("task_name", "Name", Text),
        new("task_type", "Type", Code, V.ActivityType),
        new("duration_type", "DurationType", Code, V.DurationType),
        new("status_code", "Status", Code, V.Status),
        new("complete_pct_type", "PercentCompleteType", Code, V.PercentCompleteType),
        new("phys_complete_pct", "PhysicalPercentComplete", Percent),
        new("target_drtn_hr_cnt", "PlannedDuration", Number),
        new("remain_drtn_hr_cnt", "RemainingDuration", Number),
        new("total_float_hr_cnt", "TotalFloat", Number),
        new("free_float_hr_cnt", "FreeFloat", Number),
        new("cstr_type", "PrimaryConstraintType", Code, V.Constraint),
        new("cstr_date", "PrimaryConstraintDate", Date),
        new("cstr_type2", "SecondaryConstraintType", Code, V.Constraint),
        new("cstr_date2", "SecondaryConstraintDate", Date),
        new("act_start_date", "ActualStartDate", Date),
        new("act_end_date", "ActualFinishDate", Date),
        new("early_start_date", "EarlyStartDate", Date),
        new("early_end_date", "EarlyFinishDate", Date),
        new("late_start_date", "LateStartDate", Date),
        new("late_end_date", "LateFinishDate", Date),
        new("restart_date", "RemainingEarlyStartDate", Date),
        new("reend_date", "RemainingEarlyFinishDate", Date),
        new("rem_late_start_date", "RemainingLateStartDate", Date),
        new("rem_late_end_date", "RemainingLateFinishDate", Date),
        new("target_start_date", "PlannedStartDate", Date),
        new("target_end_date", "PlannedFinishDate", Date),
        new("expect_end_date", "ExpectedFinishDate", Date),
        new("suspend_date", "SuspendDate", Date),
        new("resume_date", "ResumeDate", Date),
        new("external_early_start_date", "ExternalEarlyStartDate", Date),
        new("external_late_end_date", "ExternalLateFinishDate", Date),
        new("driving_path_flag", "IsLongestPath", Flag));

    public static readonly PmxmlTableSpec Relationship = new("TASKPRED", "Relationship",
        new("task_pred_id", "ObjectId", Id),
        new("task_id", "SuccessorActivityObjectId", Id),
        new("pred_task_id", "PredecessorActivityObjectId", Id),
        new("proj_id", "SuccessorProjectObjectId", OptionalId),
        new("pred_proj_id", "PredecessorProjectObjectId", OptionalId),
        new("pred_type", "Type", Code, V.RelationshipType),
        new("lag_hr_cnt", "Lag", Number));

    public static readonly PmxmlTableSpec Resource = new("RSRC", "Resource",
        new("rsrc_id", "ObjectId", Id),
        new("parent_rsrc_id", "ParentObjectId", OptionalId),
        new("clndr_id", "CalendarObjectId", OptionalId),
        new("rsrc_short_name", "Id", Text),
        new("rsrc_name", "Name", Text),
        new("rsrc_type", "ResourceType", Code, V.ResourceType));

    public static readonly PmxmlTableSpec Assignment = new("TASKRSRC", "ResourceAssignment",
        new("taskrsrc_id", "ObjectId", Id),
        new("task_id", "ActivityObjectId", Id),
        new("proj_id", "ProjectObjectId", ProjectId),
        new("rsrc_id", "ResourceObjectId", OptionalId),
        new("role_id", "RoleObjectId", OptionalId),
        new("target_qty", "PlannedUnits", Number),
        new("remain_qty", "RemainingUnits", Number),
        new("remain_qty_per_hr", "RemainingUnitsPerTime", Number),
        new("relag_drtn_hr_cnt", "RemainingLag", Number),
        new("act_reg_qty", "ActualRegularUnits", Number),
        new("act_ot_qty", "ActualOvertimeUnits", Number),
        new("cost_per_qty", "PricePerUnit", Number),
        new("target_cost", "PlannedCost", Number),
        new("act_reg_cost", "ActualRegularCost", Number),
        new("act_ot_cost", "ActualOvertimeCost", Number),
        new("remain_cost", "RemainingCost", Number),
        new("act_start_date", "ActualStartDate", Date),
        new("act_end_date", "ActualFinishDate", Date));

    public static readonly PmxmlTableSpec CodeTypes = new("ACTVTYPE", "ActivityCodeType",
        new("actv_code_type_id", "ObjectId", Id),
        new("proj_id", "ProjectObjectId", OptionalId),
        new("actv_code_type", "Name", Text),
        new("actv_code_type_scope", "Scope", Code, V.CodeScope));

    public static readonly PmxmlTableSpec CodeValues = new("ACTVCODE", "ActivityCode",
        new("actv_code_id", "ObjectId", Id),
        new("actv_code_type_id", "CodeTypeObjectId", Id),
        new("parent_actv_code_id", "ParentObjectId", OptionalId),
        new("short_name", "CodeValue", Text),
        new("actv_code_name", "Description", Text));

    /// <summary>An activity's Code element: which value of which code type it carries.</summary>
    public static readonly PmxmlTableSpec ActivityCodes = new("TASKACTV", "Code",
        new("task_id", "ActivityObjectId", Id),
        new("actv_code_type_id", "TypeObjectId", Id),
        new("actv_code_id", "ValueObjectId", Id),
        new("proj_id", "ProjectObjectId", ProjectId));

    public static readonly PmxmlTableSpec UdfType = new("UDFTYPE", "UDFType",
        new("udf_type_id", "ObjectId", Id),
        new("table_name", "SubjectArea", Code, V.SubjectArea),
        new("udf_type_label", "Title", Text),
        new("logical_data_type", "DataType", Text));

    /// <summary>An activity's UDF element; the value sits in TextValue, DoubleValue, StartDateValue …</summary>
    public static readonly PmxmlTableSpec UdfValue = new("UDFVALUE", "UDF",
        new("udf_type_id", "TypeObjectId", Id),
        new("fk_id", "ObjectId", Id),
        new("proj_id", "ProjectObjectId", ProjectId),
        new("udf_text", "TextValue", Text),
        new("udf_number", "DoubleValue", Number),
        new("udf_date", "StartDateValue", Date));

    public static readonly IReadOnlyList<PmxmlTableSpec> All =
        [Project, ScheduleOptions, Calendar, Wbs, Activity, Relationship, Resource, Assignment, CodeTypes, CodeValues, ActivityCodes, UdfType, UdfValue];
}
