namespace Gantry.Core.Schedules;

/// <summary>File formats the stored schedule can be written to, each through its writer in <see cref="ExportSchedule"/>.</summary>
public enum ScheduleExportFormat
{
    Xlsx = 1,
    Csv = 2,

    /// <summary>Primavera P6 XER, UTF-8 (Chinese names do not fit Windows-1252).</summary>
    Xer = 3,

    /// <summary>MS Project XML (MSPDI).</summary>
    Mspdi = 4,
}
