using Gantry.Scheduling;

namespace Gantry.Interchange.Xer;

/// <summary>PROJECT and SCHEDOPTIONS: the project's dates and the options P6 schedules it with.</summary>
internal static class XerProjectTables
{
    public static readonly string[] ProjectFields =
        ["proj_id", "fy_start_month_num", "rsrc_self_add_flag", "allow_complete_flag", "rsrc_multi_assign_flag", "checkout_flag", "project_flag", "step_complete_flag", "cost_qty_recalc_flag", "batch_sum_flag", "name_sep_char", "def_complete_pct_type", "proj_short_name", "acct_id", "orig_proj_id", "source_proj_id", "base_type_id", "clndr_id", "sum_base_proj_id", "task_code_base", "task_code_step", "priority_num", "wbs_max_sum_level", "strgy_priority_num", "last_checksum", "critical_drtn_hr_cnt", "def_cost_per_qty", "last_recalc_date", "plan_start_date", "plan_end_date", "scd_end_date", "add_date", "last_tasksum_date", "fcst_start_date", "def_duration_type", "task_code_prefix", "guid", "def_qty_type", "add_by_name", "web_local_root_path", "proj_url", "def_rate_type", "add_act_remain_flag", "act_this_per_link_flag", "def_task_type", "act_pct_link_flag", "critical_path_type", "task_code_prefix_flag", "def_rollup_dates_flag", "use_project_baseline_flag", "rem_target_link_flag", "reset_planned_flag", "allow_neg_act_flag", "sum_assign_level", "last_fin_dates_id", "last_baseline_update_date", "cr_external_key", "apply_actuals_date", "location_id", "loaded_scope_level", "export_flag", "new_fin_dates_id", "baselines_to_export", "baseline_names_to_export", "next_data_date", "close_period_flag", "sum_refresh_date", "trsrcsum_loaded"];

    public static readonly string[] OptionFields =
        ["schedoptions_id", "proj_id", "sched_outer_depend_type", "sched_open_critical_flag", "sched_lag_early_start_flag", "sched_retained_logic", "sched_setplantoforecast", "sched_float_type", "sched_calendar_on_relationship_lag", "sched_use_expect_end_flag", "sched_progress_override", "level_float_thrs_cnt", "level_outer_assign_flag", "level_outer_assign_priority", "level_over_alloc_pct", "level_within_float_flag", "level_keep_sched_date_flag", "level_all_rsrc_flag", "sched_use_project_end_date_for_float", "enable_multiple_longest_path_calc", "limit_multiple_longest_path_calc", "max_multiple_longest_path", "use_total_float_multiple_longest_paths", "key_activity_for_multiple_longest_paths", "LevelPriorityList"];

    public static void WriteProject(XerTableWriter w, XerWriteContext c)
    {
        var o = c.Schedule.Options;
        var project = c.Details.Project;
        var finish = c.Schedule.Stored.Select(s => s.EarlyFinish).OfType<DateTime>().DefaultIfEmpty().Max();
        w.Table("PROJECT", ProjectFields);
        w.Set("proj_id", c.ProjectIdText);
        w.Set("fy_start_month_num", "1");
        w.Set("rsrc_self_add_flag", "Y");
        w.Set("allow_complete_flag", "Y");
        w.Set("rsrc_multi_assign_flag", "Y");
        w.Set("checkout_flag", "N");
        w.Set("project_flag", "Y");
        w.Set("step_complete_flag", "N");
        w.Set("cost_qty_recalc_flag", "N");
        w.Set("batch_sum_flag", "Y");
        w.Set("name_sep_char", ".");
        w.Set("def_complete_pct_type", project?.DefaultPercentCompleteType ?? "CP_Drtn");
        w.Set("proj_short_name", project?.Code ?? "GANTRY");
        w.Set("clndr_id", c.CalendarIds.Text(c.DefaultCalendarId));
        w.Set("task_code_base", "1000");
        w.Set("task_code_step", "10");
        w.Set("priority_num", "10");
        w.Set("wbs_max_sum_level", "2");
        w.Set("strgy_priority_num", "500");
        w.Set("critical_drtn_hr_cnt", XerValueText.Hours(o.CriticalFloatThresholdMinutes));
        w.Set("def_cost_per_qty", "0");

        // P6 needs a data date; a schedule that has none is as of its start.
        w.Set("last_recalc_date", XerValueText.Date(o.DataDate ?? o.ProjectStart));
        w.Set("plan_start_date", XerValueText.Date(o.ProjectStart));
        w.Set("plan_end_date", XerValueText.Date(o.MustFinishBy));
        w.Set("scd_end_date", XerValueText.Date(finish == default ? null : finish));
        w.Set("def_duration_type", project?.DefaultDurationType ?? "DT_FixedDUR2");
        w.Set("task_code_prefix", "A");
        w.Set("def_qty_type", "QT_Hour");
        w.Set("def_rate_type", "COST_PER_QTY");
        w.Set("add_act_remain_flag", "N");
        w.Set("act_this_per_link_flag", "Y");
        w.Set("def_task_type", "TT_Task");
        w.Set("act_pct_link_flag", "N");
        w.Set("critical_path_type", o.CriticalByLongestPath ? "CT_DrivPath" : "CT_TotFloat");
        w.Set("task_code_prefix_flag", "Y");
        w.Set("def_rollup_dates_flag", "Y");
        w.Set("use_project_baseline_flag", "Y");
        w.Set("rem_target_link_flag", "Y");
        w.Set("reset_planned_flag", "N");
        w.Set("allow_neg_act_flag", "N");
        w.Set("sum_assign_level", "SL_Taskrsrc");
        w.Set("loaded_scope_level", "7");
        w.Set("export_flag", "Y");
        w.EndRow();
    }

    public static void WriteOptions(XerTableWriter w, XerWriteContext c)
    {
        var o = c.Schedule.Options;
        w.Table("SCHEDOPTIONS", OptionFields);
        w.Set("schedoptions_id", "1");
        w.Set("proj_id", c.ProjectIdText);
        w.Set("sched_outer_depend_type", "SD_Both");
        w.Set("sched_open_critical_flag", XerValueText.Flag(o.MakeOpenEndedActivitiesCritical));
        w.Set("sched_lag_early_start_flag", XerValueText.Flag(o.StartToStartLagFromEarlyStart));
        w.Set("sched_retained_logic", XerValueText.Flag(o.ProgressRule == ProgressRule.RetainedLogic));
        w.Set("sched_setplantoforecast", "N");
        w.Set("sched_float_type", o.FloatType switch
        {
            FloatType.Start => "FT_SF",
            FloatType.Smallest => "FT_Smallest",
            _ => "FT_FF",
        });
        w.Set("sched_calendar_on_relationship_lag", o.LagCalendar switch
        {
            LagCalendarRule.Successor => "rcal_Successor",
            LagCalendarRule.TwentyFourHour => "rcal_24Hour",
            LagCalendarRule.ProjectDefault => "rcal_ProjDefault",
            _ => "rcal_Predecessor",
        });
        w.Set("sched_use_expect_end_flag", XerValueText.Flag(o.UseExpectedFinish));
        w.Set("sched_progress_override", XerValueText.Flag(o.ProgressRule == ProgressRule.ProgressOverride));
        w.Set("level_float_thrs_cnt", "0");
        w.Set("level_outer_assign_flag", "N");
        w.Set("level_outer_assign_priority", "5");
        w.Set("level_over_alloc_pct", "25");
        w.Set("level_within_float_flag", "N");
        w.Set("level_keep_sched_date_flag", "Y");
        w.Set("level_all_rsrc_flag", "Y");
        w.Set("sched_use_project_end_date_for_float", "Y");
        w.Set("enable_multiple_longest_path_calc", "N");
        w.Set("limit_multiple_longest_path_calc", "Y");
        w.Set("max_multiple_longest_path", "10");
        w.Set("use_total_float_multiple_longest_paths", "Y");
        w.Set("LevelPriorityList", "priority_type,ASC");
        w.EndRow();
    }
}
