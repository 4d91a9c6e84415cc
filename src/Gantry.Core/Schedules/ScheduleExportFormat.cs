namespace Gantry.Core.Schedules;

/// <summary>File formats the stored schedule can be written to. XER and MSPDI writers plug in through <see cref="ExportSchedule"/>.</summary>
public enum ScheduleExportFormat
{
    Xlsx = 1,
    Csv = 2,
}
