namespace Gantry.Interchange.Excel;

/// <summary>
/// The project sheet: label in column A, value in column B, for the project start, the data date
/// and the must-finish-by date. Any sheet other than the activity table may hold these rows; the
/// template and the export put them on the sheet "项目 Project".
/// </summary>
internal static class ExcelProjectSheet
{
    public const string SheetName = "项目 Project";

    public static readonly (string Chinese, string English) ProjectStartLabel = ("项目开始日期", "Project start");
    public static readonly (string Chinese, string English) DataDateLabel = ("数据日期", "Data date");
    public static readonly (string Chinese, string English) MustFinishByLabel = ("要求完成日期", "Must finish by");

    public static string Bilingual((string Chinese, string English) label) => label.Chinese + " / " + label.English;

    /// <summary>The three dates, each null when absent; a label with a value that is not a date is an error.</summary>
    public static (DateTime? Start, DateTime? DataDate, DateTime? MustFinishBy) Read(IEnumerable<ExcelSheet> sheets, ExcelSheet activitySheet, List<ExcelImportError> errors)
    {
        DateTime? start = null, dataDate = null, mustFinishBy = null;
        foreach (var sheet in sheets.Where(s => !ReferenceEquals(s, activitySheet)))
        {
            foreach (var (row, cells) in sheet.Rows)
            {
                if (!cells.TryGetValue(1, out var label) || !cells.TryGetValue(2, out var value))
                {
                    continue;
                }

                if (Matches(label.Text, ProjectStartLabel) || Matches(label.Text, ("项目开始", "Planned start")))
                {
                    start = Date(sheet, row, label, value, errors, isFinish: false) ?? start;
                }
                else if (Matches(label.Text, DataDateLabel) || Matches(label.Text, ("状态日期", "Status date")))
                {
                    dataDate = Date(sheet, row, label, value, errors, isFinish: false) ?? dataDate;
                }
                else if (Matches(label.Text, MustFinishByLabel) || Matches(label.Text, ("项目完成期限", "Deadline")))
                {
                    mustFinishBy = Date(sheet, row, label, value, errors, isFinish: true) ?? mustFinishBy;
                }
            }
        }

        return (start, dataDate, mustFinishBy);
    }

    private static DateTime? Date(ExcelSheet sheet, int row, ExcelCell label, ExcelCell value, List<ExcelImportError> errors, bool isFinish)
    {
        if (ExcelCellValues.Date(value, out string? problem) is { } date)
        {
            // The project's dates follow the standard working day when no time is given.
            return ExcelCellValues.OnWorkingDay(date, null, isFinish);
        }

        errors.Add(new ExcelImportError(sheet.Name, row, label.Text, value.Text, problem!));
        return null;
    }

    private static bool Matches(string text, (string Chinese, string English) label)
    {
        string key = BuiltInCalendars.Key(text);
        return key == BuiltInCalendars.Key(label.Chinese) || key == BuiltInCalendars.Key(label.English)
            || key == BuiltInCalendars.Key(label.Chinese + label.English);
    }
}
