using System.Xml;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// Writes a <see cref="DetailedSchedule"/> as MS Project XML (MSPDI, namespace
/// <c>http://schemas.microsoft.com/project</c>, UTF-8) in the element order of the schema:
/// project properties, custom field definitions, calendars, tasks, resources, assignments. What
/// MSPDI cannot hold is reported in the returned notes, never dropped silently.
/// </summary>
public static class MspdiWriter
{
    /// <summary>Project 2010 and later: the form with manual tasks and 2007+ calendar exceptions.</summary>
    private const int SaveVersion = 14;

    /// <summary>MS Project's task field Text1, which carries the P6 or Excel activity code.</summary>
    internal const string ActivityCodeField = "188743731";

    public static IReadOnlyList<ImportNote> WriteFile(DetailedSchedule schedule, string path)
    {
        using var stream = File.Create(path);
        return Write(schedule, stream);
    }

    public static IReadOnlyList<ImportNote> Write(DetailedSchedule schedule, Stream output)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(output);
        var imported = schedule.Schedule;
        var details = schedule.Details;
        var notes = new List<ImportNote>();
        var calendarUids = MspdiUids.Assign(imported.Calendars.Keys, 1);
        var taskUids = MspdiUids.Assign(imported.Network.Activities.Select(a => a.Id), 1);
        var rows = MspdiOutline.Rows(imported, details, taskUids);
        int minutesPerDay = MinutesPerDay(imported);
        var defaultCalendar = imported.Options.DefaultCalendarId is { } dc && imported.Calendars.TryGetValue(dc, out var found) ? found : null;
        var project = details.Project;

        // MS Project's ID is the row number; a P6 or Excel activity code goes into Text1 "Activity ID".
        bool writeCodes = !MspdiOutline.KeepsOwnOutline(imported, details) && imported.Network.Activities.Any(a => a.Code != null)
            && !details.UserFieldDefinitions.Any(d => d.FieldId == ActivityCodeField);

        using var x = new MspdiXml(XmlWriter.Create(output, MspdiXml.Settings));
        x.Start("Project");
        x.Int("SaveVersion", SaveVersion);
        x.Text("Name", project?.Name ?? Path.GetFileName(imported.Source));
        x.Text("Title", project?.Title);
        x.Flag("ScheduleFromStart", project?.ScheduleFromStart ?? true);
        x.Date("StartDate", imported.Options.ProjectStart);
        x.Int("CriticalSlackLimit", imported.Options.CriticalFloatThresholdMinutes / minutesPerDay);
        x.Int("CalendarUID", defaultCalendar != null ? calendarUids[defaultCalendar.Id] : null);
        if (project?.DefaultStartMinute is { } startMinute)
        {
            x.Time("DefaultStartTime", startMinute);
        }

        if (project?.DefaultFinishMinute is { } finishMinute)
        {
            x.Time("DefaultFinishTime", finishMinute);
        }

        x.Int("MinutesPerDay", minutesPerDay);
        x.Int("MinutesPerWeek", defaultCalendar?.MinutesPerWeek ?? minutesPerDay * 5);
        x.Int("DaysPerMonth", Math.Max(1, (defaultCalendar?.MinutesPerMonth ?? minutesPerDay * 20) / minutesPerDay));
        x.Flag("HonorConstraints", project?.HonorConstraints ?? false);
        x.Date("StatusDate", project?.StatusDate ?? imported.Options.DataDate);
        x.Date("CurrentDate", project?.CurrentDate);
        IReadOnlyList<UserFieldDefinition> fields = writeCodes ? [new UserFieldDefinition(ActivityCodeField, "Text1", "Activity ID"), .. details.UserFieldDefinitions] : details.UserFieldDefinitions;
        if (fields.Count > 0)
        {
            x.Start("ExtendedAttributes");
            foreach (var field in fields)
            {
                x.Start("ExtendedAttribute");
                x.Text("FieldID", field.FieldId);
                x.Text("FieldName", field.FieldName);
                x.Text("Alias", field.Alias);
                x.End();
            }

            x.End();
        }

        MspdiCalendarWriter.Write(x, imported.Calendars.Values, calendarUids, notes);
        new MspdiTaskWriter(imported, details, taskUids, calendarUids, notes) { WriteActivityCodes = writeCodes }.Write(x, rows);
        MspdiResourceWriter.Write(x, imported, details, taskUids, calendarUids, notes);
        x.End();
        MspdiUnwritten.Report(imported, details, notes);
        return notes;
    }

    /// <summary>Minutes in a day of duration entry: the default calendar's, else MS Project's 480.</summary>
    internal static int MinutesPerDay(ImportedSchedule schedule) =>
        schedule.Options.DefaultCalendarId is { } id && schedule.Calendars.TryGetValue(id, out var calendar) && calendar.MinutesPerDay > 0
            ? calendar.MinutesPerDay
            : 480;
}
