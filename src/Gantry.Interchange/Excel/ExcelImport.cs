using System.Globalization;

namespace Gantry.Interchange.Excel;

/// <summary>
/// The outcome of reading a workbook: either a schedule with its details and import notes, or the
/// full list of errors and no schedule at all, so a half-read plan never reaches the database.
/// </summary>
public sealed class ExcelImport
{
    internal ExcelImport(string source, ImportedSchedule? schedule, ScheduleDetails details, IReadOnlyList<ExcelImportError> errors)
    {
        Source = source;
        Schedule = schedule;
        Details = details;
        Errors = errors;
    }

    public string Source { get; }

    /// <summary>Null when <see cref="Errors"/> is not empty.</summary>
    public ImportedSchedule? Schedule { get; }

    /// <summary>WBS codes, resources, budgets and planned (baseline) dates per activity.</summary>
    public ScheduleDetails Details { get; }

    public IReadOnlyList<ExcelImportError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    /// <summary>The schedule, or an <see cref="InterchangeException"/> with the error count and the first error.</summary>
    public ImportedSchedule ScheduleOrThrow()
    {
        if (Schedule is { } schedule)
        {
            return schedule;
        }

        // The first error already names sheet, row and column; the source goes in front.
        throw new InterchangeException(InterchangeText.Format("Where.Problem", Source, ExcelTexts.Format("ErrorSummary", Errors.Count.ToString(CultureInfo.InvariantCulture), Errors[0].ToString())));
    }
}
