namespace Gantry.Interchange.Excel;

/// <summary>
/// The import template: an empty activity sheet with the bilingual headers the importer reads, a
/// project sheet to fill in, and an instructions sheet in Chinese and English with examples.
/// </summary>
public static class ExcelImportTemplate
{
    /// <summary>The input columns, in the template's order; the computed ones are left out.</summary>
    public static IReadOnlyList<ExcelColumn> Columns { get; } =
        [.. ScheduleTable.Columns.Select(c => c.Column).Where(c => !ExcelHeaders.IsComputed(c))];

    public static void Write(Stream stream)
    {
        var layouts = ScheduleTable.Columns.Where(c => !ExcelHeaders.IsComputed(c.Column))
            .Select(c => c.Layout with { Header = ExcelHeaders.Bilingual(c.Column) }).ToList();
        var activities = new XlsxSheet { Name = ExcelScheduleWriter.ActivitySheetName, Columns = layouts };
        var project = new XlsxSheet
        {
            Name = ExcelProjectSheet.SheetName,
            IsTable = false,
            Columns = [new XlsxColumn(string.Empty, 34), new XlsxColumn(string.Empty, 20)],
            Rows =
            [
                [ExcelProjectSheet.Bilingual(ExcelProjectSheet.ProjectStartLabel), null],
                [ExcelProjectSheet.Bilingual(ExcelProjectSheet.DataDateLabel), null],
                [ExcelProjectSheet.Bilingual(ExcelProjectSheet.MustFinishByLabel), null],
            ],
        };
        var instructions = new XlsxSheet
        {
            Name = "说明 Instructions",
            IsTable = false,
            Columns = [new XlsxColumn(string.Empty, 120)],
            Rows = [.. Instructions().Select(line => new object?[] { line })],
        };
        XlsxWriter.Write(stream, [activities, project, instructions]);
    }

    public static void WriteFile(string path)
    {
        using var stream = File.Create(path);
        Write(stream);
    }

    private static IEnumerable<string> Instructions()
    {
        yield return "Gantry 进度计划导入模板 / Gantry schedule import template";
        yield return string.Empty;
        yield return "1. 在“作业 Activities”工作表中每行填写一项作业；列的顺序可以调整，表头可用中文或英文。 / One activity per row on the sheet “作业 Activities”; columns may be in any order, headers in Chinese or English.";
        yield return "2. 必填列：作业代码、作业名称、原定工期。 / Required columns: activity code, name, duration.";
        yield return "3. 工期：5d（天）、4h（小时）、2w（周）或只写数字（天）。一天按日历的工作时长计算（标准日历 8 小时）。 / Duration: 5d, 4h, 2w or a bare number (days). A day is the calendar's working day (8 hours on the standard calendar).";
        yield return "4. 紧前作业：代码+关系类型+延时，用逗号分隔，例如 A1010FS+2d, A1020SS, A1030FF-1d；只写代码表示 FS 无延时。延时单位：d、h、w，ed 为日历天，% 为紧前作业工期的百分比。 / Predecessors: code, type and lag, comma separated, e.g. A1010FS+2d, A1020SS, A1030FF-1d; a bare code is FS with no lag. Lag units: d, h, w; ed = elapsed days; % of the predecessor's duration.";
        yield return "5. 日历 / Calendars: " + BuiltInCalendars.Choices + "。留空为标准日历 / empty = Standard.";
        yield return "6. 作业类型 / Activity types: " + ActivityTypeText.Choices + "。留空：工期为 0 时为完成里程碑，否则为任务 / empty: a finish milestone when the duration is 0, else a task.";
        yield return "7. 限制条件 / Constraints (类型 + 限制日期 / type + constraint date):";
        foreach (string constraint in ConstraintText.Describe())
        {
            yield return "   " + constraint;
        }

        yield return "8. 日期：日期单元格，或文本 yyyy-mm-dd / yyyy-mm-dd hh:mm。只有日期时，开始按当天第一个工作时刻，完成按当天最后一个工作时刻（08:00 / 17:00）。 / Dates: date cells or text yyyy-mm-dd / yyyy-mm-dd hh:mm. A date without a time starts at the day's first working minute and finishes at its last (08:00 / 17:00).";
        yield return "9. 计划开始/计划完成为基线日期（用于健康检查的拖期作业与 BEI）；实际开始/实际完成记录进度；有实际完成即为已完成。 / Planned start/finish are the baseline (used by the health check's missed tasks and BEI); actual start/finish record progress; an actual finish means complete.";
        yield return "10. 完成百分比：0–100 或 50%。已开始未完成且未填剩余工期时，剩余工期 = 工期 ×（1 − 完成百分比）。 / Percent complete: 0–100 or 50 %. For started work without a remaining duration, remaining = duration × (1 − percent).";
        yield return "11. 资源：多个资源用逗号分隔；预算为数字。 / Resources: comma separated names; budget is a number.";
        yield return "12. 在“项目 Project”工作表填写项目开始日期和数据日期；未填项目开始日期时取最早的计划开始或实际开始。 / Fill in the project start and data date on the sheet “项目 Project”; without a project start the earliest planned or actual start is used.";
        yield return "13. WBS 汇总作业（类型 WBS summary）汇总 WBS 编码以其编码开头的作业，例如 1.2 汇总 1.2 与 1.2.3。 / A WBS summary activity rolls up the activities whose WBS code starts with its own, e.g. 1.2 holds 1.2 and 1.2.3.";
        yield return "14. 有任何错误时不导入任何内容，错误信息指出工作表、行号、列和值。 / If any row has an error nothing is imported; each error names the sheet, row, column and value.";
        yield return string.Empty;
        yield return "示例 / Example:";
        yield return "WBS编码 1.1 | 作业代码 A1000 | 作业名称 开工 Notice to proceed | 原定工期 0 | 作业类型 Start milestone";
        yield return "WBS编码 1.1 | 作业代码 A1010 | 作业名称 场地平整 Site clearance | 原定工期 5d | 紧前作业 A1000";
        yield return "WBS编码 1.2 | 作业代码 A1020 | 作业名称 基础开挖 Excavation | 原定工期 10d | 日历 China | 紧前作业 A1010FS+2d | 资源 挖掘机, 土方班组";
        yield return "WBS编码 1.2 | 作业代码 A1030 | 作业名称 基础浇筑 Foundations | 原定工期 15d | 紧前作业 A1020SS+5d | 限制条件 SNET | 限制日期 2026-03-02";
    }
}
