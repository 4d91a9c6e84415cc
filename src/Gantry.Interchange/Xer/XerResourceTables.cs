namespace Gantry.Interchange.Xer;

/// <summary>
/// RSRC, RSRCRATE, TASKRSRC and PROJCOST: resources with their rates, the assignments with their
/// units and costs, and the expenses. Units and costs are written as the model holds them; P6
/// recomputes neither on import.
/// </summary>
internal static class XerResourceTables
{
    public static readonly string[] ResourceFields =
        ["rsrc_id", "parent_rsrc_id", "clndr_id", "role_id", "shift_id", "user_id", "pobs_id", "guid", "rsrc_seq_num", "email_addr", "employee_code", "office_phone", "other_phone", "rsrc_name", "rsrc_short_name", "rsrc_title_name", "def_qty_per_hr", "cost_qty_type", "ot_factor", "active_flag", "auto_compute_act_flag", "def_cost_qty_link_flag", "ot_flag", "curr_id", "unit_id", "rsrc_type", "location_id", "rsrc_notes", "load_tasks_flag", "level_flag", "last_checksum"];

    public static readonly string[] RateFields =
        ["rsrc_rate_id", "rsrc_id", "max_qty_per_hr", "cost_per_qty", "start_date", "shift_period_id", "cost_per_qty2", "cost_per_qty3", "cost_per_qty4", "cost_per_qty5"];

    public static readonly string[] AssignmentFields =
        ["taskrsrc_id", "task_id", "proj_id", "cost_qty_link_flag", "role_id", "acct_id", "rsrc_id", "pobs_id", "skill_level", "remain_qty", "target_qty", "remain_qty_per_hr", "target_lag_drtn_hr_cnt", "target_qty_per_hr", "act_ot_qty", "act_reg_qty", "relag_drtn_hr_cnt", "ot_factor", "cost_per_qty", "target_cost", "act_reg_cost", "act_ot_cost", "remain_cost", "act_start_date", "act_end_date", "restart_date", "reend_date", "target_start_date", "target_end_date", "rem_late_start_date", "rem_late_end_date", "rollup_dates_flag", "target_crv", "remain_crv", "actual_crv", "ts_pend_act_end_flag", "guid", "rate_type", "act_this_per_cost", "act_this_per_qty", "curv_id", "rsrc_type", "cost_per_qty_source_type", "create_user", "create_date", "has_rsrchours", "taskrsrc_sum_id"];

    public static readonly string[] ExpenseFields =
        ["cost_item_id", "acct_id", "pobs_id", "cost_type_id", "proj_id", "task_id", "cost_name", "po_number", "vendor_name", "act_cost", "cost_descr", "remain_cost", "target_cost", "cost_load_type", "auto_compute_act_flag", "target_qty", "qty_name", "cost_per_qty", "act_this_per_cost"];

    public static void WriteResources(XerTableWriter w, XerWriteContext c)
    {
        w.Table("RSRC", ResourceFields);
        int sequence = 0;
        foreach (var r in c.Resources)
        {
            // A resource without a calendar of its own works the activity's: P6 reads that as no calendar.
            string? calendar = r.CalendarId is { } own && c.CalendarIds.Contains(own) ? own : null;
            w.Set("rsrc_id", c.ResourceIds.Text(r.Id));
            w.Set("parent_rsrc_id", r.ParentId is { } p && c.ResourceIds.Contains(p) ? c.ResourceIds.Text(p) : null);
            w.Set("clndr_id", calendar == null ? null : c.CalendarIds.Text(calendar));
            w.Set("rsrc_seq_num", XerValueText.Id(++sequence));
            w.Set("rsrc_name", r.Name ?? r.Code ?? r.Id);
            w.Set("rsrc_short_name", r.Code ?? r.Name ?? r.Id);
            w.Set("def_qty_per_hr", XerValueText.Number(r.DefaultUnitsPerHour ?? 1m));
            w.Set("cost_qty_type", "QT_Hour");
            w.Set("active_flag", "Y");
            w.Set("auto_compute_act_flag", "Y");
            w.Set("def_cost_qty_link_flag", "Y");
            w.Set("ot_flag", "N");
            w.Set("unit_id", r.UnitOfMeasure);
            w.Set("rsrc_type", Kind(r.Kind));
            w.EndRow();
            if (r.Kind == ResourceKind.Cost)
            {
                c.Notes.Add(new ImportNote(ImportNoteKind.Changed, "RSRC " + c.ResourceIds.Text(r.Id), InterchangeText.Get("Note.CostResource")));
            }
        }
    }

    public static void WriteRates(XerTableWriter w, XerWriteContext c)
    {
        w.Table("RSRCRATE", RateFields);
        long id = 0;
        foreach (var r in c.Resources)
        {
            foreach (var rate in r.Rates)
            {
                w.Set("rsrc_rate_id", XerValueText.Id(++id));
                w.Set("rsrc_id", c.ResourceIds.Text(r.Id));
                w.Set("max_qty_per_hr", XerValueText.Number(rate.MaxUnitsPerHour));
                w.Set("cost_per_qty", XerValueText.Number(rate.PricePerUnit ?? 0m));
                w.Set("start_date", c.Date(rate.From));
                w.Set("cost_per_qty2", "0");
                w.Set("cost_per_qty3", "0");
                w.Set("cost_per_qty4", "0");
                w.Set("cost_per_qty5", "0");
                w.EndRow();
            }
        }
    }

    public static void WriteAssignments(XerTableWriter w, XerWriteContext c)
    {
        w.Table("TASKRSRC", AssignmentFields);
        var ids = new XerIdMap();
        // An assignment without a key of its own gets one no file key can be ("#" is not a digit).
        var all = c.Schedule.Network.Activities
            .SelectMany(a => c.AssignmentsOf(a).Select(x => (Activity: a, Assignment: x)))
            .Select((x, i) => (x.Activity, x.Assignment, Key: x.Assignment.Id ?? "#" + XerValueText.Id(i))).ToList();
        foreach (var (_, _, key) in all)
        {
            ids.Reserve(key);
        }

        ids.Complete();
        foreach (var (activity, a, key) in all)
        {
            var stored = c.Stored.GetValueOrDefault(activity.Id);
            bool known = a.ResourceId is { } rid && c.ResourceIds.Contains(rid);
            w.Set("taskrsrc_id", ids.Text(key));
            w.Set("task_id", c.ActivityIds.Text(activity.Id));
            w.Set("proj_id", c.ProjectIdText);
            w.Set("cost_qty_link_flag", "Y");
            w.Set("role_id", a.RoleId);
            w.Set("rsrc_id", known ? c.ResourceIds.Text(a.ResourceId!) : null);
            var (plannedCost, remainingCost) = Costs(a);
            w.Set("remain_qty", XerValueText.Units(a.RemainingWorkMinutes ?? 0m));
            w.Set("target_qty", XerValueText.Units(a.WorkMinutes ?? 0m));
            w.Set("remain_qty_per_hr", XerValueText.Number(a.RemainingUnitsPerHour));
            w.Set("target_lag_drtn_hr_cnt", c.Hours(a.PlannedLagMinutes));
            w.Set("target_qty_per_hr", XerValueText.Number(a.UnitsPerHour));
            w.Set("act_ot_qty", XerValueText.Units(a.ActualOvertimeWorkMinutes));
            w.Set("act_reg_qty", XerValueText.Units(a.ActualWorkMinutes ?? 0m));
            w.Set("relag_drtn_hr_cnt", c.Hours(a.RemainingLagMinutes));
            w.Set("cost_per_qty", XerValueText.Number(a.CostPerUnit));
            w.Set("target_cost", XerValueText.Number(plannedCost));
            w.Set("act_reg_cost", XerValueText.Number(a.ActualRegularCost));
            w.Set("act_ot_cost", XerValueText.Number(a.ActualOvertimeCost));
            w.Set("remain_cost", XerValueText.Number(remainingCost));
            w.Set("act_start_date", c.Date(a.ActualStart));
            w.Set("act_end_date", c.Date(a.ActualFinish));
            w.Set("restart_date", c.Date(a.ActualFinish == null ? stored?.EarlyStart : null));
            w.Set("reend_date", c.Date(a.ActualFinish == null ? stored?.EarlyFinish : null));
            w.Set("target_start_date", c.Date(stored?.EarlyStart));
            w.Set("target_end_date", c.Date(stored?.EarlyFinish));
            w.Set("rollup_dates_flag", "Y");
            w.Set("ts_pend_act_end_flag", "N");
            w.Set("rate_type", "COST_PER_QTY");
            w.Set("act_this_per_cost", "0");
            w.Set("act_this_per_qty", "0");
            w.Set("rsrc_type", known ? Kind(c.ResourceKindOf(a.ResourceId!)) : "RT_Labor");
            w.Set("cost_per_qty_source_type", a.CostPerUnit == null ? "ST_Rsrc" : "ST_Custom");
            w.EndRow();
        }
    }

    public static void WriteExpenses(XerTableWriter w, XerWriteContext c)
    {
        var all = c.Schedule.Network.Activities.SelectMany(a => (c.Details.For(a.Id)?.Expenses ?? []).Select(x => (Activity: a, Expense: x))).ToList();
        if (all.Count == 0)
        {
            return;
        }

        w.Table("PROJCOST", ExpenseFields);
        var ids = new XerIdMap();
        foreach (var (_, e) in all)
        {
            ids.Reserve(e.Id);
        }

        ids.Complete();
        foreach (var (activity, e) in all)
        {
            w.Set("cost_item_id", ids.Text(e.Id));
            w.Set("proj_id", c.ProjectIdText);
            w.Set("task_id", c.ActivityIds.Text(activity.Id));
            w.Set("cost_name", e.Name);
            w.Set("act_cost", XerValueText.Number(e.ActualCost));
            w.Set("remain_cost", XerValueText.Number(e.RemainingCost));
            w.Set("target_cost", XerValueText.Number(e.PlannedCost));
            w.Set("cost_load_type", "CL_Uniform");
            w.Set("auto_compute_act_flag", "N");
            w.Set("target_qty", "0");
            w.Set("cost_per_qty", "0");
            w.Set("act_this_per_cost", "0");
            w.EndRow();
        }
    }

    /// <summary>
    /// Budget and remaining cost. A file that gives only the cost at completion (MS Project) has it
    /// as the budget, and the share of it its remaining work carries as the remaining cost.
    /// </summary>
    private static (decimal Planned, decimal Remaining) Costs(AssignmentDetails a)
    {
        if (a.Cost is not { } total || a.PlannedCost != 0 || a.RemainingCost != 0 || a.ActualRegularCost != 0 || a.ActualOvertimeCost != 0)
        {
            return (a.PlannedCost, a.RemainingCost);
        }

        decimal remaining = a.WorkMinutes is > 0 and decimal work ? total * Math.Clamp((a.RemainingWorkMinutes ?? work) / work, 0m, 1m) : a.ActualFinish == null ? total : 0m;
        return (total, remaining);
    }

    private static string Kind(ResourceKind kind) => kind switch
    {
        ResourceKind.Equipment => "RT_Equip",
        ResourceKind.Material or ResourceKind.Cost => "RT_Mat",
        _ => "RT_Labor",
    };
}
