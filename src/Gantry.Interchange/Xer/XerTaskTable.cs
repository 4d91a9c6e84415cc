using Gantry.Scheduling;

namespace Gantry.Interchange.Xer;

/// <summary>
/// The TASK table, written from the engine's activities: type, durations in hours, constraints,
/// progress, and the dates and float the schedule last computed (so P6 shows them before it
/// reschedules). What P6 cannot hold is converted and reported: an MS Project deadline becomes a
/// secondary "finish on or before" constraint (in P6 it too moves only the late dates), an elapsed
/// duration goes onto a 24-hour calendar.
/// </summary>
internal static class XerTaskTable
{
    public static readonly string[] Fields =
        ["task_id", "proj_id", "wbs_id", "clndr_id", "phys_complete_pct", "rev_fdbk_flag", "est_wt", "lock_plan_flag", "auto_compute_act_flag", "complete_pct_type", "task_type", "duration_type", "status_code", "task_code", "task_name", "rsrc_id", "total_float_hr_cnt", "free_float_hr_cnt", "remain_drtn_hr_cnt", "act_work_qty", "remain_work_qty", "target_work_qty", "target_drtn_hr_cnt", "target_equip_qty", "act_equip_qty", "remain_equip_qty", "cstr_date", "act_start_date", "act_end_date", "late_start_date", "late_end_date", "expect_end_date", "early_start_date", "early_end_date", "restart_date", "reend_date", "target_start_date", "target_end_date", "rem_late_start_date", "rem_late_end_date", "cstr_type", "priority_type", "suspend_date", "resume_date", "float_path", "float_path_order", "guid", "tmpl_guid", "cstr_date2", "cstr_type2", "driving_path_flag", "act_this_per_work_qty", "act_this_per_equip_qty", "external_early_start_date", "external_late_end_date", "create_date", "update_date", "create_user", "update_user", "location_id"];

    public static void Write(XerTableWriter w, XerWriteContext c, XerWbsTable wbs)
    {
        w.Table("TASK", Fields);
        var byLongestPath = c.Schedule.Options.CriticalByLongestPath;
        foreach (var a in c.Schedule.Network.Activities)
        {
            string id = c.ActivityIds.Text(a.Id);
            var details = c.Details.For(a.Id);
            var stored = c.Stored.GetValueOrDefault(a.Id);
            bool complete = a.IsComplete;
            string calendar = a.CalendarId is { } own && c.CalendarIds.Contains(own) ? own : c.DefaultCalendarId;
            if (a.ElapsedDuration && !a.IsMilestone && c.ElapsedCalendarId is { } elapsed)
            {
                calendar = elapsed;
                c.Notes.Add(new ImportNote(ImportNoteKind.Changed, "TASK " + id, InterchangeText.Get("Note.ElapsedDuration")));
            }

            w.Set("task_id", id);
            w.Set("proj_id", c.ProjectIdText);
            w.Set("wbs_id", wbs.NodeOf(a.Id));
            w.Set("clndr_id", c.CalendarIds.Text(calendar));
            w.Set("phys_complete_pct", XerValueText.Number(Math.Round(a.PercentComplete, 6)));
            w.Set("rev_fdbk_flag", "N");
            w.Set("est_wt", "1");
            w.Set("lock_plan_flag", "N");
            w.Set("auto_compute_act_flag", "N");
            w.Set("complete_pct_type", details?.PercentCompleteType ?? "CP_Drtn");
            // Work on resource calendars is what P6 calls a resource-dependent activity.
            w.Set("task_type", Type(a.Type == ActivityType.Task && a.Assignments.Count > 0 ? ActivityType.ResourceDependent : a.Type));
            w.Set("duration_type", details?.DurationType ?? "DT_FixedDUR2");
            w.Set("status_code", complete ? "TK_Complete" : a.IsStarted ? "TK_Active" : "TK_NotStart");
            w.Set("task_code", a.Code ?? a.Id);
            w.Set("task_name", a.Name ?? string.Empty);
            w.Set("total_float_hr_cnt", stored?.TotalFloatMinutes is { } tf ? c.Hours(tf) : null);
            w.Set("free_float_hr_cnt", stored?.FreeFloatMinutes is { } ff ? c.Hours(ff) : null);
            w.Set("remain_drtn_hr_cnt", c.Hours(complete ? 0 : a.RemainingDurationMinutes ?? a.OriginalDurationMinutes));
            w.Set("target_drtn_hr_cnt", c.Hours(a.OriginalDurationMinutes));
            Quantities(w, c, c.AssignmentsOf(a));
            Constraint(w, a.PrimaryConstraint, "cstr_type", "cstr_date");
            var secondary = a.SecondaryConstraint;
            if (a.Deadline is { } deadline)
            {
                if (secondary.IsNone)
                {
                    secondary = new ScheduleConstraint(ConstraintType.FinishNoLaterThan, deadline);
                    c.Notes.Add(new ImportNote(ImportNoteKind.Changed, "TASK " + id, InterchangeText.Get("Note.DeadlineAsConstraint")));
                }
                else
                {
                    c.Notes.Add(new ImportNote(ImportNoteKind.Skipped, "TASK " + id, InterchangeText.Get("Note.DeadlineLeftOut")));
                }
            }

            Constraint(w, secondary, "cstr_type2", "cstr_date2");
            w.Set("act_start_date", c.Date(a.ActualStart));
            w.Set("act_end_date", c.Date(complete ? a.ActualFinish : null));
            w.Set("early_start_date", c.Date(stored?.EarlyStart));
            w.Set("early_end_date", c.Date(stored?.EarlyFinish));
            w.Set("late_start_date", c.Date(stored?.LateStart));
            w.Set("late_end_date", c.Date(stored?.LateFinish));
            w.Set("restart_date", c.Date(complete ? null : stored?.EarlyStart));
            w.Set("reend_date", c.Date(complete ? null : stored?.EarlyFinish));
            w.Set("rem_late_start_date", c.Date(complete ? null : stored?.LateStart));
            w.Set("rem_late_end_date", c.Date(complete ? null : stored?.LateFinish));
            w.Set("target_start_date", c.Date(details?.PlannedStart ?? stored?.EarlyStart));
            w.Set("target_end_date", c.Date(details?.PlannedFinish ?? stored?.EarlyFinish));
            w.Set("expect_end_date", c.Date(a.ExpectedFinish));
            w.Set("suspend_date", c.Date(a.SuspendDate));
            w.Set("resume_date", c.Date(a.ResumeDate));
            w.Set("priority_type", "PT_Normal");
            w.Set("driving_path_flag", XerValueText.Flag(byLongestPath && stored is { Critical: true }));
            w.Set("act_this_per_work_qty", "0");
            w.Set("act_this_per_equip_qty", "0");
            w.EndRow();
        }
    }

    public static string Type(ActivityType type) => type switch
    {
        ActivityType.StartMilestone => "TT_Mile",
        ActivityType.FinishMilestone => "TT_FinMile",
        ActivityType.LevelOfEffort => "TT_LOE",
        ActivityType.WbsSummary => "TT_WBS",
        ActivityType.ResourceDependent => "TT_Rsrc",
        _ => "TT_Task",
    };

    private static void Quantities(XerTableWriter w, XerWriteContext c, IReadOnlyList<AssignmentDetails> assignments)
    {
        // P6 keeps labour and equipment hours on the activity too; materials are not hours. Sums are in minutes.
        decimal[] labor = new decimal[3], equipment = new decimal[3];
        foreach (var a in assignments)
        {
            var kind = a.ResourceId is { } r ? c.ResourceKindOf(r) : ResourceKind.Labor;
            var sums = kind == ResourceKind.Equipment ? equipment : kind == ResourceKind.Labor ? labor : null;
            if (sums != null)
            {
                sums[0] += (a.ActualWorkMinutes ?? 0m) + a.ActualOvertimeWorkMinutes;
                sums[1] += a.RemainingWorkMinutes ?? 0m;
                sums[2] += a.WorkMinutes ?? 0m;
            }
        }

        w.Set("act_work_qty", XerValueText.Units(labor[0]));
        w.Set("remain_work_qty", XerValueText.Units(labor[1]));
        w.Set("target_work_qty", XerValueText.Units(labor[2]));
        w.Set("act_equip_qty", XerValueText.Units(equipment[0]));
        w.Set("remain_equip_qty", XerValueText.Units(equipment[1]));
        w.Set("target_equip_qty", XerValueText.Units(equipment[2]));
    }

    private static void Constraint(XerTableWriter w, ScheduleConstraint constraint, string typeField, string dateField)
    {
        w.Set(typeField, constraint.Type switch
        {
            ConstraintType.AsSoonAsPossible => null,
            ConstraintType.AsLateAsPossible => "CS_ALAP",
            ConstraintType.StartOn => "CS_MSO",
            ConstraintType.StartNoEarlierThan => "CS_MSOA",
            ConstraintType.StartNoLaterThan => "CS_MSOB",
            ConstraintType.FinishOn => "CS_MEO",
            ConstraintType.FinishNoEarlierThan => "CS_MEOA",
            ConstraintType.FinishNoLaterThan => "CS_MEOB",
            ConstraintType.MandatoryStart => "CS_MANDSTART",
            ConstraintType.MandatoryFinish => "CS_MANDFIN",
            _ => throw new InterchangeException(InterchangeText.Format("ConstraintNoP6", constraint.Type)),
        });
        w.Set(dateField, XerValueText.Date(constraint.Date));
    }
}
