using Gantry.Interchange.Excel;
using Gantry.Interchange.Mspdi;
using Gantry.Interchange.Pmxml;
using Gantry.Interchange.Xer;

namespace Gantry.Interchange;

/// <summary>
/// Opens a P6 .xer or P6 XML, an MS Project .xml or an Excel .xlsx with the details exports and the health
/// check need (WBS, resources, baseline). Like <see cref="ScheduleFile"/>, plus spreadsheets.
/// </summary>
public static class DetailedScheduleFile
{
    public static DetailedSchedule Open(string path, string? project = null, DateTime? dataDate = null)
    {
        if (!File.Exists(path))
        {
            throw new InterchangeException(InterchangeText.Get("FileNotFound"), path, null, null, null);
        }

        if (string.Equals(Path.GetExtension(path), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var import = ExcelScheduleReader.ReadFile(path);
            var schedule = import.ScheduleOrThrow();
            return new DetailedSchedule(dataDate is { } d ? WithDataDate(schedule, d) : schedule, import.Details);
        }

        switch (ScheduleFile.DetectFormat(path))
        {
            case ScheduleFileFormat.Xer:
                var xer = XerSchedule.ReadFile(path);
                var fromXer = XerScheduleMapper.Map(xer, project, dataDate);
                return new DetailedSchedule(fromXer, ScheduleDetailsReader.FromXer(xer, fromXer));
            case ScheduleFileFormat.Pmxml:
                var pmxml = PmxmlReader.ReadFile(path);
                var fromPmxml = pmxml.Map(project, dataDate);
                return new DetailedSchedule(fromPmxml, pmxml.Details(fromPmxml, project));
            case ScheduleFileFormat.Mspdi:
                var mspdi = MspdiReader.ReadFile(path);
                var fromMspdi = MspdiScheduleMapper.Map(mspdi, dataDate);
                return new DetailedSchedule(fromMspdi, ScheduleDetailsReader.FromMspdi(mspdi, fromMspdi));
            default:
                throw new InterchangeException(InterchangeText.Get("UnknownFileFormat"), Path.GetFileName(path), null, null, null);
        }
    }

    private static ImportedSchedule WithDataDate(ImportedSchedule schedule, DateTime dataDate)
    {
        var o = schedule.Options;
        var options = new Scheduling.ScheduleOptions
        {
            ProjectStart = o.ProjectStart,
            DataDate = dataDate,
            MustFinishBy = o.MustFinishBy,
            ProgressRule = o.ProgressRule,
            FloatType = o.FloatType,
            LagCalendar = o.LagCalendar,
            CriticalFloatThresholdMinutes = o.CriticalFloatThresholdMinutes,
            CriticalByLongestPath = o.CriticalByLongestPath,
            DefaultCalendarId = o.DefaultCalendarId,
            Convention = o.Convention,
            MakeOpenEndedActivitiesCritical = o.MakeOpenEndedActivitiesCritical,
            UseExpectedFinish = o.UseExpectedFinish,
            StartToStartLagFromEarlyStart = o.StartToStartLagFromEarlyStart,
            FloatPathCount = o.FloatPathCount,
        };
        return new ImportedSchedule
        {
            Source = schedule.Source,
            Convention = schedule.Convention,
            WrittenBy = schedule.WrittenBy,
            Network = schedule.Network,
            Options = options,
            Calendars = schedule.Calendars,
            Stored = schedule.Stored,
            Notes = schedule.Notes,
        };
    }
}
