using Gantry.Scheduling;

namespace Gantry.Interchange.Excel;

/// <summary>
/// Exports a scheduled result to .xlsx: the activity sheet (<see cref="ScheduleTable"/>) and a
/// project sheet with the project start, data date and must-finish-by date, so that importing the
/// file again gives the same network and options.
/// </summary>
public static class ExcelScheduleWriter
{
    public const string ActivitySheetName = "作业 Activities";

    public static void Write(Stream stream, ImportedSchedule schedule, ScheduleResult result, ScheduleDetails? details = null)
    {
        var activities = new XlsxSheet
        {
            Name = ActivitySheetName,
            Columns = [.. ScheduleTable.Columns.Select(c => c.Layout)],
            Rows = ScheduleTable.Rows(schedule, result, details ?? ScheduleDetails.None),
        };
        XlsxWriter.Write(stream, [activities, ProjectSheet(schedule, result)]);
    }

    public static void WriteFile(string path, ImportedSchedule schedule, ScheduleResult result, ScheduleDetails? details = null)
    {
        using var stream = File.Create(path);
        Write(stream, schedule, result, details);
    }

    private static XlsxSheet ProjectSheet(ImportedSchedule schedule, ScheduleResult result) => new()
    {
        Name = ExcelProjectSheet.SheetName,
        IsTable = false,
        Columns = [new XlsxColumn(string.Empty, 34), new XlsxColumn(string.Empty, 20)],
        Rows =
        [
            [ExcelProjectSheet.Bilingual(ExcelProjectSheet.ProjectStartLabel), schedule.Options.ProjectStart],
            [ExcelProjectSheet.Bilingual(ExcelProjectSheet.DataDateLabel), schedule.Options.DataDate],
            [ExcelProjectSheet.Bilingual(ExcelProjectSheet.MustFinishByLabel), schedule.Options.MustFinishBy],
            ["项目完成（计算） / Project finish (computed)", result.ProjectFinish],
            ["来源 / Source", schedule.Source + " (" + schedule.WrittenBy + ")"],
        ],
    };
}
