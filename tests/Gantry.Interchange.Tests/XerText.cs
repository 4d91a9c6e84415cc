using System.Text;
using Gantry.Interchange.Xer;

namespace Gantry.Interchange.Tests;

/// <summary>Builds small XER files for tests: tab-separated lines, as P6 writes them.</summary>
public static class XerText
{
    public const string Header = "ERMHDR\t8.1\t2017-09-27\tProject\tadmin\tC6070\tdbxDatabaseNoName\tProject Management\tGBP";

    public static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    public static XerDocument Read(string text, Encoding? encoding = null) =>
        XerReader.Read(new MemoryStream((encoding ?? new UTF8Encoding(false)).GetBytes(text)), "test.xer");

    /// <summary>A one-project file with the given TASK and TASKPRED rows and a standard 5-day calendar.</summary>
    public static string Project(string[] tasks, string[] links, string options = "%R\t1\t1\tSD_Both\tN\tY\tY\tN\tFT_FF\trcal_Predecessor\tN\tN") => Lines(
        [
            Header,
            "%T\tPROJECT",
            "%F\tproj_id\tproj_short_name\tclndr_id\tlast_recalc_date\tplan_start_date\tplan_end_date\tcritical_drtn_hr_cnt\tcritical_path_type",
            "%R\t1\tDEMO\t10\t2024-01-08 08:00\t2024-01-08 08:00\t\t0\tCT_TotFloat",
            "%T\tCALENDAR",
            "%F\tclndr_id\tdefault_flag\tclndr_name\tproj_id\tbase_clndr_id\tclndr_type\tday_hr_cnt\tweek_hr_cnt\tmonth_hr_cnt\tyear_hr_cnt\tclndr_data",
            "%R\t10\tY\tFive day\t\t\tCA_Base\t8\t40\t172\t2000\t" + FiveDayCalendar,
            "%T\tSCHEDOPTIONS",
            "%F\tschedoptions_id\tproj_id\tsched_outer_depend_type\tsched_open_critical_flag\tsched_lag_early_start_flag\tsched_retained_logic\tsched_setplantoforecast\tsched_float_type\tsched_calendar_on_relationship_lag\tsched_use_expect_end_flag\tsched_progress_override",
            options,
            "%T\tTASK",
            "%F\ttask_id\tproj_id\twbs_id\tclndr_id\ttask_code\ttask_name\ttask_type\tstatus_code\ttarget_drtn_hr_cnt\tremain_drtn_hr_cnt\tcstr_type\tcstr_date\tact_start_date\tact_end_date",
            .. tasks.Select(t => "%R\t" + t),
            "%T\tTASKPRED",
            "%F\ttask_pred_id\ttask_id\tpred_task_id\tproj_id\tpred_proj_id\tpred_type\tlag_hr_cnt",
            .. links.Select(l => "%R\t" + l),
            "%E",
        ]);

    public const string FiveDayCalendar =
        "(0||CalendarData()(  (0||DaysOfWeek()(    (0||1()())    (0||2()(      (0||0(s|08:00|f|12:00)())      (0||1(s|13:00|f|17:00)())))" +
        "    (0||3()(      (0||0(s|08:00|f|12:00)())      (0||1(s|13:00|f|17:00)())))    (0||4()(      (0||0(s|08:00|f|12:00)())      (0||1(s|13:00|f|17:00)())))" +
        "    (0||5()(      (0||0(s|08:00|f|12:00)())      (0||1(s|13:00|f|17:00)())))    (0||6()(      (0||0(s|08:00|f|12:00)())      (0||1(s|13:00|f|17:00)())))" +
        "    (0||7()())))  (0||VIEW(ShowTotal|N)())  (0||Exceptions()(    (0||0(d|45300)())))))";
}
