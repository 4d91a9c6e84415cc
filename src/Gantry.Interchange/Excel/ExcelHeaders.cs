using System.Text;

namespace Gantry.Interchange.Excel;

/// <summary>
/// Column headers in Chinese and English. The template writes "中文 / English"; the importer
/// accepts either half, the whole, or a common synonym (P6 and MS Project column names), in any
/// order and case, ignoring spaces and punctuation.
/// </summary>
public static class ExcelHeaders
{
    private static readonly (ExcelColumn Column, string Chinese, string English, string[] Synonyms)[] Table =
    [
        (ExcelColumn.WbsCode, "WBS编码", "WBS code", ["WBS", "WBS代码", "工作分解结构", "WBS ID"]),
        (ExcelColumn.ActivityCode, "作业代码", "Activity code", ["Activity ID", "ID", "Code", "Task ID", "活动代码", "作业编号", "任务编号", "编号"]),
        (ExcelColumn.Name, "作业名称", "Activity name", ["Name", "Task name", "活动名称", "任务名称", "名称"]),
        (ExcelColumn.Type, "作业类型", "Activity type", ["Type", "类型"]),
        (ExcelColumn.Duration, "原定工期", "Duration", ["Original duration", "Planned duration", "工期", "计划工期"]),
        (ExcelColumn.RemainingDuration, "剩余工期", "Remaining duration", ["Remaining"]),
        (ExcelColumn.Calendar, "日历", "Calendar", ["工作日历"]),
        (ExcelColumn.Predecessors, "紧前作业", "Predecessors", ["Predecessor", "前置任务", "紧前工作"]),
        (ExcelColumn.ConstraintType, "限制条件", "Constraint", ["Constraint type", "Primary constraint", "约束类型", "限制类型", "主要限制条件"]),
        (ExcelColumn.ConstraintDate, "限制日期", "Constraint date", ["Primary constraint date", "约束日期"]),
        (ExcelColumn.PlannedStart, "计划开始", "Planned start", ["Baseline start", "基线开始"]),
        (ExcelColumn.PlannedFinish, "计划完成", "Planned finish", ["Baseline finish", "基线完成"]),
        (ExcelColumn.ActualStart, "实际开始", "Actual start", []),
        (ExcelColumn.ActualFinish, "实际完成", "Actual finish", []),
        (ExcelColumn.PercentComplete, "完成百分比", "Percent complete", ["% complete", "Complete", "完成率"]),
        (ExcelColumn.Resource, "资源", "Resource", ["Resources", "Resource names", "资源名称"]),
        (ExcelColumn.Budget, "预算", "Budget", ["Budgeted cost", "Budgeted total cost", "预算费用", "预算金额"]),
        (ExcelColumn.EarlyStart, "最早开始", "Early start", ["Start", "开始"]),
        (ExcelColumn.EarlyFinish, "最早完成", "Early finish", ["Finish", "完成"]),
        (ExcelColumn.LateStart, "最晚开始", "Late start", ["最迟开始"]),
        (ExcelColumn.LateFinish, "最晚完成", "Late finish", ["最迟完成"]),
        (ExcelColumn.TotalFloat, "总浮时", "Total float", ["Total slack", "总时差"]),
        (ExcelColumn.FreeFloat, "自由浮时", "Free float", ["Free slack", "自由时差"]),
        (ExcelColumn.Critical, "关键", "Critical", ["关键作业"]),
    ];

    private static readonly Dictionary<string, ExcelColumn> ByKey = BuildKeys();

    /// <summary>The header the template and the export write: "中文 / English".</summary>
    public static string Bilingual(ExcelColumn column)
    {
        var entry = Table[(int)column];
        return entry.Chinese + " / " + entry.English;
    }

    /// <summary>"原定工期（天） / Duration (days)": the header with the unit its numbers are in.</summary>
    public static string Bilingual(ExcelColumn column, string chineseUnit, string englishUnit)
    {
        var entry = Table[(int)column];
        return entry.Chinese + "（" + chineseUnit + "） / " + entry.English + " (" + englishUnit + ")";
    }

    /// <summary>The column a header names, or null when it is not one of ours.</summary>
    public static ExcelColumn? Find(string header)
    {
        if (ByKey.TryGetValue(Key(header), out var column))
        {
            return column;
        }

        // "中文 / English" or "中文\nEnglish": either half is enough.
        foreach (string part in header.Split(['/', '\n', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ByKey.TryGetValue(Key(part), out column))
            {
                return column;
            }
        }

        return null;
    }

    /// <summary>Computed columns are output only: the importer skips them with a note.</summary>
    public static bool IsComputed(ExcelColumn column) => column >= ExcelColumn.EarlyStart;

    private static Dictionary<string, ExcelColumn> BuildKeys()
    {
        var keys = new Dictionary<string, ExcelColumn>(StringComparer.Ordinal);
        foreach (var (column, chinese, english, synonyms) in Table)
        {
            keys[Key(chinese)] = column;
            keys[Key(english)] = column;
            keys[Key(chinese + english)] = column;
            foreach (string s in synonyms)
            {
                keys[Key(s)] = column;
            }
        }

        return keys;
    }

    /// <summary>
    /// Letters and digits only, lower case, units in brackets dropped: "Percent complete (%)",
    /// "% Complete", "Duration (days)" and "percent_complete" all match their column.
    /// </summary>
    private static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        int depth = 0;
        foreach (char c in text)
        {
            if (c is '(' or '（' or '[')
            {
                depth++;
            }
            else if (c is ')' or '）' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString().Normalize(NormalizationForm.FormKC);
    }
}
