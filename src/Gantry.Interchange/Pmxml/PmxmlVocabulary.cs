namespace Gantry.Interchange.Pmxml;

/// <summary>
/// The words P6 XML writes for enumerated fields, with the XER code P6 stores for each. P6 XML
/// and XER are two spellings of the same P6 database, so one mapper gives both the same meaning.
/// </summary>
internal static class PmxmlVocabulary
{
    public static readonly IReadOnlyDictionary<string, string> ActivityType = Words(
        ("Task Dependent", "TT_Task"), ("Resource Dependent", "TT_Rsrc"), ("Level of Effort", "TT_LOE"),
        ("Start Milestone", "TT_Mile"), ("Finish Milestone", "TT_FinMile"), ("WBS Summary", "TT_WBS"));

    public static readonly IReadOnlyDictionary<string, string> Status = Words(
        ("Not Started", "TK_NotStart"), ("In Progress", "TK_Active"), ("Completed", "TK_Complete"));

    public static readonly IReadOnlyDictionary<string, string> PercentCompleteType = Words(
        ("Physical", "CP_Phys"), ("Duration", "CP_Drtn"), ("Units", "CP_Units"));

    public static readonly IReadOnlyDictionary<string, string> DurationType = Words(
        ("Fixed Units/Time", "DT_FixedRate"), ("Fixed Duration and Units/Time", "DT_FixedDrtn"),
        ("Fixed Units", "DT_FixedQty"), ("Fixed Duration and Units", "DT_FixedDUR2"));

    /// <summary>Empty and "&lt;None&gt;" mean as soon as possible; some exporters write the XER codes, accepted too.</summary>
    public static readonly IReadOnlyDictionary<string, string> Constraint = Words(
        ("Start On", "CS_MSO"), ("Start On or After", "CS_MSOA"), ("Start On or Before", "CS_MSOB"),
        ("Finish On", "CS_MEO"), ("Finish On or After", "CS_MEOA"), ("Finish On or Before", "CS_MEOB"),
        ("As Late As Possible", "CS_ALAP"), ("Mandatory Start", "CS_MANDSTART"), ("Mandatory Finish", "CS_MANDFIN"),
        ("As Soon As Possible", string.Empty), ("<None>", string.Empty),
        ("CS_MSO", "CS_MSO"), ("CS_MSOA", "CS_MSOA"), ("CS_MSOB", "CS_MSOB"), ("CS_MEO", "CS_MEO"),
        ("CS_MEOA", "CS_MEOA"), ("CS_MEOB", "CS_MEOB"), ("CS_ALAP", "CS_ALAP"), ("CS_MANDSTART", "CS_MANDSTART"),
        ("CS_MANDFIN", "CS_MANDFIN"), ("CS_ASAP", string.Empty));

    public static readonly IReadOnlyDictionary<string, string> RelationshipType = Words(
        ("Finish to Start", "PR_FS"), ("Start to Start", "PR_SS"), ("Finish to Finish", "PR_FF"), ("Start to Finish", "PR_SF"));

    public static readonly IReadOnlyDictionary<string, string> CriticalPathType = Words(
        ("Critical Float", "CT_TotFloat"), ("Longest Path", "CT_DrivPath"));

    public static readonly IReadOnlyDictionary<string, string> CalendarType = Words(
        ("Global", "CA_Base"), ("Project", "CA_Project"), ("Resource", "CA_Rsrc"));

    public static readonly IReadOnlyDictionary<string, string> ResourceType = Words(
        ("Labor", "RT_Labor"), ("Nonlabor", "RT_Equip"), ("Material", "RT_Mat"));

    public static readonly IReadOnlyDictionary<string, string> CodeScope = Words(
        ("Global", "AS_Global"), ("EPS", "AS_EPS"), ("Project", "AS_Project"));

    public static readonly IReadOnlyDictionary<string, string> FloatType = Words(
        ("Finish Float = Late Finish - Early Finish", "FT_FF"), ("Start Float = Late Start - Early Start", "FT_SF"),
        ("Smallest of Start Float and Finish Float", "FT_Smallest"));

    public static readonly IReadOnlyDictionary<string, string> LagCalendar = Words(
        ("Predecessor Activity Calendar", "rcal_Predecessor"), ("Successor Activity Calendar", "rcal_Successor"),
        ("24 Hour Calendar", "rcal_24Hour"), ("Project Default Calendar", "rcal_ProjDefault"));

    /// <summary>Out-of-sequence progress: XER keeps it as two flags, retained logic and progress override.</summary>
    public static readonly IReadOnlyDictionary<string, string> OutOfSequence = Words(
        ("Retained Logic", "retained"), ("Progress Override", "override"), ("Actual Dates", "actual"));

    public static readonly IReadOnlyDictionary<string, string> StartToStartLag = Words(
        ("Actual Start", "N"), ("Early Start", "Y"));

    /// <summary>UDF subject areas and the XER table whose rows they describe.</summary>
    public static readonly IReadOnlyDictionary<string, string> SubjectArea = Words(
        ("Activity", "TASK"), ("WBS", "PROJWBS"), ("Project", "PROJECT"), ("Resource", "RSRC"),
        ("Resource Assignment", "TASKRSRC"), ("Activity Step", "TASKPROC"), ("Activity Expense", "PROJCOST"));

    private static Dictionary<string, string> Words(params (string Word, string Code)[] pairs) =>
        pairs.ToDictionary(p => p.Word, p => p.Code, StringComparer.OrdinalIgnoreCase);
}
