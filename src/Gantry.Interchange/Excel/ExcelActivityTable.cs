using Gantry.Scheduling;
using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange.Excel;

/// <summary>
/// The activity table of a workbook: the first sheet with a header row naming an activity-code
/// column (within its first 20 rows), its columns in whatever order the user put them, and one
/// <see cref="ActivityRow"/> per filled row below. Every bad cell becomes an error; reading goes on
/// so the user sees all of them at once.
/// </summary>
internal sealed class ExcelActivityTable
{
    private const int HeaderSearchRows = 20;
    private readonly ExcelSheet sheet;
    private readonly int headerRow;
    private readonly Dictionary<ExcelColumn, int> columns;
    private readonly List<ExcelImportError> errors;
    private readonly Func<string, CalendarDefinition?> findCalendar;
    private readonly string calendarChoices;

    private ExcelActivityTable(ExcelSheet sheet, int headerRow, Dictionary<ExcelColumn, int> columns, List<ExcelImportError> errors, Func<string, CalendarDefinition?> findCalendar, string calendarChoices)
    {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.columns = columns;
        this.errors = errors;
        this.findCalendar = findCalendar;
        this.calendarChoices = calendarChoices;
    }

    public ExcelSheet Sheet => sheet;

    public bool Has(ExcelColumn column) => columns.ContainsKey(column);

    /// <summary>Finds the table and checks its header; null (with an error) when no sheet has one.</summary>
    public static ExcelActivityTable? Find(IReadOnlyList<ExcelSheet> sheets, List<ExcelImportError> errors, List<ImportNote> notes, Func<string, CalendarDefinition?> findCalendar, string calendarChoices)
    {
        foreach (var sheet in sheets)
        {
            foreach (var (rowNumber, cells) in sheet.Rows.TakeWhile(r => r.Key <= HeaderSearchRows))
            {
                if (!cells.Values.Any(c => ExcelHeaders.Find(c.Text) == ExcelColumn.ActivityCode))
                {
                    continue;
                }

                var columns = new Dictionary<ExcelColumn, int>();
                var computed = new List<string>();
                foreach (var (column, cell) in cells.OrderBy(c => c.Key))
                {
                    if (ExcelHeaders.Find(cell.Text) is not { } known)
                    {
                        notes.Add(new ImportNote(ImportNoteKind.Skipped, sheet.Name + "!" + ExcelSheet.ColumnLetters(column) + rowNumber, cell.Text + ": " + ExcelTexts.Get("NoteUnknownColumn")));
                    }
                    else if (!columns.TryAdd(known, column))
                    {
                        errors.Add(new ExcelImportError(sheet.Name, rowNumber, cell.Text, cell.Text, ExcelTexts.Format("DuplicateColumn", ExcelHeaders.Bilingual(known))));
                    }
                    else if (ExcelHeaders.IsComputed(known))
                    {
                        computed.Add(cell.Text);
                    }
                }

                if (computed.Count > 0)
                {
                    notes.Add(new ImportNote(ImportNoteKind.Skipped, sheet.Name, ExcelTexts.Format("NoteComputedColumns", string.Join(", ", computed))));
                }

                foreach (var required in new[] { ExcelColumn.Name, ExcelColumn.Duration })
                {
                    if (!columns.ContainsKey(required))
                    {
                        errors.Add(new ExcelImportError(sheet.Name, null, null, null, ExcelTexts.Format("MissingColumn", ExcelHeaders.Bilingual(required))));
                    }
                }

                return new ExcelActivityTable(sheet, rowNumber, columns, errors, findCalendar, calendarChoices);
            }
        }

        errors.Add(new ExcelImportError(string.Empty, null, null, null, ExcelTexts.Get("NoActivitySheet")));
        return null;
    }

    public List<ActivityRow> ReadRows()
    {
        var rows = new List<ActivityRow>();
        foreach (var (rowNumber, _) in sheet.Rows.Where(r => r.Key > headerRow))
        {
            if (Read(rowNumber) is { } row)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>Reports a bad cell: sheet, Excel row, the column's header as written, the value.</summary>
    public void Error(int row, ExcelColumn column, string problem)
    {
        string header = columns.TryGetValue(column, out int c) ? sheet.Cell(headerRow, c)?.Text ?? ExcelHeaders.Bilingual(column) : ExcelHeaders.Bilingual(column);
        errors.Add(new ExcelImportError(sheet.Name, row, header, Cell(row, column)?.Text, problem));
    }

    public ExcelCell? Cell(int row, ExcelColumn column) =>
        columns.TryGetValue(column, out int c) ? sheet.Cell(row, c) : null;

    private string? Text(int row, ExcelColumn column) => Cell(row, column) is { IsEmpty: false } cell ? cell.Text.Trim() : null;

    private ActivityRow? Read(int row)
    {
        string? code = Text(row, ExcelColumn.ActivityCode);
        if (code == null)
        {
            Error(row, ExcelColumn.ActivityCode, ExcelTexts.Get("EmptyCode"));
            return null;
        }

        var activity = new ActivityRow { Row = row, Code = code, Name = Text(row, ExcelColumn.Name), WbsCode = Text(row, ExcelColumn.WbsCode) };
        if (activity.Name == null && Has(ExcelColumn.Name))
        {
            Error(row, ExcelColumn.Name, ExcelTexts.Get("EmptyName"));
        }

        if (Text(row, ExcelColumn.Calendar) is { } calendarName)
        {
            activity.Calendar = findCalendar(calendarName);
            if (activity.Calendar == null)
            {
                Error(row, ExcelColumn.Calendar, ExcelTexts.Format("UnknownCalendar", calendarChoices));
            }
        }

        if (Text(row, ExcelColumn.Type) is { } typeText)
        {
            activity.Type = ActivityTypeText.Parse(typeText);
            if (activity.Type == null)
            {
                Error(row, ExcelColumn.Type, ExcelTexts.Format("UnknownType", ActivityTypeText.Choices));
            }
        }

        activity.DurationMinutes = Duration(row, ExcelColumn.Duration, activity) ?? 0;
        activity.RemainingMinutes = Text(row, ExcelColumn.RemainingDuration) == null ? null : Duration(row, ExcelColumn.RemainingDuration, activity);
        activity.Predecessors = Text(row, ExcelColumn.Predecessors);
        activity.Constraint = Constraint(row, activity.Calendar);
        activity.PlannedStart = Date(row, ExcelColumn.PlannedStart, activity.Calendar, isFinish: false, anyYear: true);
        activity.PlannedFinish = Date(row, ExcelColumn.PlannedFinish, activity.Calendar, isFinish: true, anyYear: true);
        activity.ActualStart = Date(row, ExcelColumn.ActualStart, activity.Calendar, isFinish: false);
        activity.ActualFinish = Date(row, ExcelColumn.ActualFinish, activity.Calendar, isFinish: true);
        if (activity.ActualFinish is { } finish)
        {
            if (activity.ActualStart is not { } start)
            {
                Error(row, ExcelColumn.ActualFinish, ExcelTexts.Get("FinishWithoutStart"));
            }
            else if (finish < start)
            {
                Error(row, ExcelColumn.ActualFinish, ExcelTexts.Get("FinishBeforeStart"));
            }
        }

        if (Cell(row, ExcelColumn.PercentComplete) is { IsEmpty: false } percentCell)
        {
            if (ExcelCellValues.Percent(percentCell) is { } percent)
            {
                activity.PercentComplete = percent;
            }
            else
            {
                Error(row, ExcelColumn.PercentComplete, ExcelTexts.Get("BadPercent"));
            }
        }

        if (Text(row, ExcelColumn.Resource) is { } resources)
        {
            activity.Resources.AddRange(resources.Split([',', ';', '，', '；', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        if (Cell(row, ExcelColumn.Budget) is { IsEmpty: false } budgetCell)
        {
            activity.Budget = ExcelCellValues.Money(budgetCell);
            if (activity.Budget is not { } budget)
            {
                Error(row, ExcelColumn.Budget, ExcelTexts.Get("BadNumber"));
            }
            else if (budget < 0)
            {
                Error(row, ExcelColumn.Budget, ExcelTexts.Get("NegativeBudget"));
            }
        }

        return activity;
    }

    private long? Duration(int row, ExcelColumn column, ActivityRow activity)
    {
        if (Cell(row, column) is not { IsEmpty: false } cell)
        {
            return null;
        }

        // A number cell is days, as P6 and MS Project show durations.
        long? minutes = cell.Number is { } days
            ? (Math.Abs(days * activity.MinutesPerDay) <= 1_000_000_000 ? (long)Math.Round(days * activity.MinutesPerDay, MidpointRounding.AwayFromZero) : null)
            : DurationText.ParseMinutes(cell.Text, activity.MinutesPerDay, activity.MinutesPerWeek);
        if (minutes is not { } m)
        {
            Error(row, column, ExcelTexts.Get("BadDuration"));
            return null;
        }

        if (m < 0)
        {
            Error(row, column, ExcelTexts.Get("NegativeDuration"));
            return null;
        }

        return m;
    }

    private DateTime? Date(int row, ExcelColumn column, CalendarDefinition? calendar, bool isFinish, bool anyYear = false)
    {
        if (Cell(row, column) is not { IsEmpty: false } cell)
        {
            return null;
        }

        if (ExcelCellValues.Date(cell, out string? problem, anyYear) is { } value)
        {
            return ExcelCellValues.OnWorkingDay(value, calendar, isFinish);
        }

        Error(row, column, problem!);
        return null;
    }

    private ScheduleConstraint Constraint(int row, CalendarDefinition? calendar)
    {
        string? typeText = Text(row, ExcelColumn.ConstraintType);
        bool hasDate = Cell(row, ExcelColumn.ConstraintDate) is { IsEmpty: false };
        if (typeText == null)
        {
            if (hasDate)
            {
                Error(row, ExcelColumn.ConstraintDate, ExcelTexts.Format("ConstraintDateWithoutType", ExcelHeaders.Bilingual(ExcelColumn.ConstraintType)));
            }

            return ScheduleConstraint.None;
        }

        if (ConstraintText.Parse(typeText) is not { } type)
        {
            Error(row, ExcelColumn.ConstraintType, ExcelTexts.Format("UnknownConstraint", ConstraintText.Choices));
            return ScheduleConstraint.None;
        }

        if (type is ConstraintType.AsSoonAsPossible or ConstraintType.AsLateAsPossible)
        {
            return new ScheduleConstraint(type);
        }

        if (!hasDate)
        {
            Error(row, ExcelColumn.ConstraintType, ExcelTexts.Format("ConstraintNeedsDate", ExcelHeaders.Bilingual(ExcelColumn.ConstraintDate)));
            return ScheduleConstraint.None;
        }

        bool isFinish = type is ConstraintType.FinishOn or ConstraintType.FinishNoEarlierThan or ConstraintType.FinishNoLaterThan or ConstraintType.MandatoryFinish;
        return Date(row, ExcelColumn.ConstraintDate, calendar, isFinish) is { } date ? new ScheduleConstraint(type, date) : ScheduleConstraint.None;
    }
}
