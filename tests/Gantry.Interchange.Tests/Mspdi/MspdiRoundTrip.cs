using Gantry.Interchange.Mspdi;
using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange.Tests.Mspdi;

/// <summary>A schedule file read, written as MSPDI and read again, with both readings kept for comparison.</summary>
internal sealed record MspdiRoundTrip(DetailedSchedule Schedule, IReadOnlyList<ImportNote> WriteNotes, byte[] Xml, MspdiProject Rewritten, DetailedSchedule Again)
{
    /// <param name="schedule">What to write.</param>
    /// <param name="statusDate">Reads the rewritten file with this data date, as <c>gantry schedule --data-date</c> would.</param>
    public static MspdiRoundTrip Of(DetailedSchedule schedule, DateTime? statusDate = null)
    {
        using var buffer = new MemoryStream();
        var notes = MspdiWriter.Write(schedule, buffer);
        byte[] xml = buffer.ToArray();
        var rewritten = MspdiReader.Read(new MemoryStream(xml), "rewritten.xml");
        var imported = MspdiScheduleMapper.Map(rewritten, statusDate);
        return new MspdiRoundTrip(schedule, notes, xml, rewritten, new DetailedSchedule(imported, ScheduleDetailsReader.FromMspdi(rewritten, imported)));
    }

    public static MspdiRoundTrip OfFile(string path) => Of(DetailedScheduleFile.Open(path));

    /// <summary>A P6 file: MS Project has no data date, so the rewritten file is read with the status date the writer put in it.</summary>
    public static MspdiRoundTrip OfXerFile(string path)
    {
        var schedule = DetailedScheduleFile.Open(path);
        return Of(schedule, schedule.Schedule.Options.DataDate);
    }

    /// <summary>A calendar as lines of text: name, base, the week, every dated and recurring exception.</summary>
    public static List<string> Describe(CalendarDefinition c)
    {
        var lines = new List<string> { "name " + c.Name, "base " + c.BaseCalendarId, "minutes/day " + c.MinutesPerDay };
        if (c.WorkWeek is { } week)
        {
            lines.AddRange(Enum.GetValues<DayOfWeek>().Select(d => d + " " + Periods(week.PeriodsOn(d))));
        }

        lines.AddRange(c.DatedWorkWeeks.Select(w => "work week " + w.From + ".." + w.To + " " + w.Name));
        lines.AddRange(c.Exceptions.Select(x => "exception " + x.From.ToString("yyyy-MM-dd", null) + ".." + x.To.ToString("yyyy-MM-dd", null) + " " + Periods(x.Periods) + " " + x.Name));
        lines.AddRange(c.RecurringExceptions.Select(x => "recurring " + x.Pattern + " from " + x.From.ToString("yyyy-MM-dd", null) + " until " + x.Until?.ToString("yyyy-MM-dd", null)
            + " every " + x.Interval + " occurrences " + x.Occurrences + " days " + x.DaysOfWeek + " day " + x.DayOfMonth + " month " + x.Month
            + " " + x.Position + " " + x.DayKind + " " + Periods(x.Periods) + " " + x.Name));
        return lines;
    }

    private static string Periods(IReadOnlyList<WorkingPeriod> periods) => periods.Count == 0 ? "off" : string.Join(",", periods);
}
