using System.Globalization;
using System.Text;

namespace Gantry.Bench;

/// <summary>
/// Writes a synthetic P6 XER of the size issue 4 names (350,000 activities, 700,000 links): three
/// calendars with holidays, a mix of task types, link types, lags and constraints, every TASK row
/// with the oracle file's full field list. Seeded, so every run reads the same file.
/// </summary>
public static class LargeXerFile
{
    private const string TaskFields = "task_id\tproj_id\twbs_id\tclndr_id\tphys_complete_pct\trev_fdbk_flag\test_wt\tlock_plan_flag\tauto_compute_act_flag\tcomplete_pct_type\ttask_type\tduration_type\tstatus_code\ttask_code\ttask_name\trsrc_id\ttotal_float_hr_cnt\tfree_float_hr_cnt\tremain_drtn_hr_cnt\tact_work_qty\tremain_work_qty\ttarget_work_qty\ttarget_drtn_hr_cnt\ttarget_equip_qty\tact_equip_qty\tremain_equip_qty\tcstr_date\tact_start_date\tact_end_date\tlate_start_date\tlate_end_date\texpect_end_date\tearly_start_date\tearly_end_date\trestart_date\treend_date\ttarget_start_date\ttarget_end_date\trem_late_start_date\trem_late_end_date\tcstr_type\tpriority_type\tsuspend_date\tresume_date\tfloat_path\tfloat_path_order\tguid\ttmpl_guid\tcstr_date2\tcstr_type2\tdriving_path_flag\tact_this_per_work_qty\tact_this_per_equip_qty\texternal_early_start_date\texternal_late_end_date\tcreate_date\tupdate_date\tcreate_user\tupdate_user\tlocation_id";

    public static string Write(string path, int activities, int linksPerActivity, int seed)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.NewLine = "\r\n";
        writer.WriteLine("ERMHDR\t8.1\t2026-11-26\tProject\tadmin\tGantry\tbench\tProject Management\tGBP");
        writer.WriteLine("%T\tPROJECT");
        writer.WriteLine("%F\tproj_id\tproj_short_name\tclndr_id\tlast_recalc_date\tplan_start_date\tplan_end_date\tcritical_drtn_hr_cnt\tcritical_path_type");
        writer.WriteLine("%R\t1\tBIG\t1\t2026-01-05 08:00\t2026-01-05 08:00\t\t0\tCT_TotFloat");
        writer.WriteLine("%T\tCALENDAR");
        writer.WriteLine("%F\tclndr_id\tdefault_flag\tclndr_name\tproj_id\tbase_clndr_id\tclndr_type\tday_hr_cnt\tweek_hr_cnt\tmonth_hr_cnt\tyear_hr_cnt\tclndr_data");
        writer.WriteLine("%R\t1\tY\t5 day\t\t\tCA_Base\t8\t40\t172\t2000\t" + Calendar([2, 3, 4, 5, 6], "(s|08:00|f|12:00)", "(s|13:00|f|17:00)"));
        writer.WriteLine("%R\t2\tN\t6 day\t\t\tCA_Base\t8\t48\t208\t2400\t" + Calendar([2, 3, 4, 5, 6, 7], "(s|07:00|f|11:00)", "(s|12:00|f|16:00)"));
        writer.WriteLine("%R\t3\tN\t7 day\t\t\tCA_Base\t24\t168\t720\t8760\t" + Calendar([1, 2, 3, 4, 5, 6, 7], "(s|00:00|f|00:00)"));
        writer.WriteLine("%T\tSCHEDOPTIONS");
        writer.WriteLine("%F\tschedoptions_id\tproj_id\tsched_outer_depend_type\tsched_open_critical_flag\tsched_lag_early_start_flag\tsched_retained_logic\tsched_setplantoforecast\tsched_float_type\tsched_calendar_on_relationship_lag\tsched_use_expect_end_flag\tsched_progress_override");
        writer.WriteLine("%R\t1\t1\tSD_Both\tN\tY\tY\tN\tFT_FF\trcal_Predecessor\tN\tN");
        writer.WriteLine("%T\tTASK");
        writer.WriteLine("%F\t" + TaskFields);
        for (int i = 1; i <= activities; i++)
        {
            int kind = random.Next(100);
            string type = kind < 5 ? "TT_Mile" : kind < 10 ? "TT_FinMile" : "TT_Task";
            int hours = type == "TT_Task" ? 8 * (1 + random.Next(5)) : 0;
            bool constrained = random.Next(100) < 5;
            string constraintDate = constrained ? "2026-0" + (2 + random.Next(7)).ToString(CultureInfo.InvariantCulture) + "-1" + random.Next(10).ToString(CultureInfo.InvariantCulture) + " 08:00" : string.Empty;
            string constraint = constrained ? "CS_MSOA" : string.Empty;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"%R\t{i}\t1\t1\t{1 + random.Next(3)}\t0\tN\t1\tN\tN\tCP_Drtn\t{type}\tDT_FixedDrtn\tTK_NotStart\tA{i:D7}\tActivity number {i} of the generated programme\t\t0\t0\t{hours}\t0\t0\t0\t{hours}\t0\t0\t0\t{constraintDate}\t\t\t2026-03-02 08:00\t2026-03-02 17:00\t\t2026-01-05 08:00\t2026-01-05 17:00\t2026-01-05 08:00\t2026-01-05 17:00\t2026-01-05 08:00\t2026-01-05 17:00\t2026-03-02 08:00\t2026-03-02 17:00\t{constraint}\tPT_Normal\t\t\t\t\tguid{i}\t\t\t\tN\t0\t0\t\t\t2026-01-01 00:00\t2026-01-01 00:00\tadmin\tadmin\t"));
        }

        writer.WriteLine("%T\tTASKPRED");
        writer.WriteLine("%F\ttask_pred_id\ttask_id\tpred_task_id\tproj_id\tpred_proj_id\tpred_type\tlag_hr_cnt\tfloat_path\taref\tarls");
        string[] types = ["PR_FS", "PR_FS", "PR_FS", "PR_FS", "PR_FS", "PR_FS", "PR_SS", "PR_FF", "PR_SS", "PR_SF"];
        int id = 1;
        for (int successor = 2; successor <= activities; successor++)
        {
            for (int k = 0; k < linksPerActivity; k++)
            {
                int predecessor = Math.Max(1, successor - 1 - random.Next(Math.Min(successor - 1, 5000)));
                int lag = random.Next(10) == 0 ? 8 * random.Next(1, 5) : 0;
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"%R\t{id++}\t{successor}\t{predecessor}\t1\t1\t{types[random.Next(types.Length)]}\t{lag}\t\t\t"));
            }
        }

        writer.WriteLine("%E");
        return path;
    }

    private static string Calendar(int[] workingDays, params string[] periods)
    {
        var text = new StringBuilder("(0||CalendarData()(  (0||DaysOfWeek()(");
        for (int day = 1; day <= 7; day++)
        {
            text.Append(CultureInfo.InvariantCulture, $"    (0||{day}()(");
            if (workingDays.Contains(day))
            {
                for (int p = 0; p < periods.Length; p++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"      (0||{p}{periods[p]}())");
                }
            }

            text.Append("))");
        }

        text.Append("))  (0||VIEW(ShowTotal|N)())  (0||Exceptions()(");

        // Christmas, New Year and Easter Monday-like holidays over 2026–2040.
        int n = 0;
        for (int year = 2026; year <= 2040; year++)
        {
            foreach (var date in new[] { new DateOnly(year, 1, 1), new DateOnly(year, 4, 6), new DateOnly(year, 12, 25), new DateOnly(year, 12, 26) })
            {
                text.Append(CultureInfo.InvariantCulture, $"    (0||{n++}(d|{Gantry.Interchange.Xer.P6SerialDate.FromDate(date)})())");
            }
        }

        return text.Append("))))").ToString();
    }
}
