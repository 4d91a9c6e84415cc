using Gantry.Interchange.Xer;
using Gantry.Scheduling;
using Xunit;

namespace Gantry.Interchange.Tests.Xer;

/// <summary>
/// Every MS Project oracle file written as XER and read back keeps its activities, links, lags,
/// calendars with their exceptions, durations and progress. What P6 cannot hold is converted the
/// documented way and reported in the write notes.
/// </summary>
public sealed class MspdiToXerTests
{
    public static TheoryData<string> Files() =>
    [
        "calendar-recurring-exceptions-project2016-mspdi.xml",
        "legacy-sample.xml",
        "mspdirelations.xml",
        "mspdiresource.xml",
        "task-baselines-project2019-mspdi.xml",
        "task-links-project2013-mspdi.xml",
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void ActivitiesDurationsProgressAndConstraintsSurvive(string file)
    {
        var original = DetailedScheduleFile.Open(OracleFiles.MsProject(file));
        var (rewritten, _, _) = XerRoundTrip.Rewrite(original, XerEncoding.Utf8);
        var compare = new ScheduleRecordComparer();

        compare.Activities(original.Schedule, rewritten.Schedule, storedDates: false);
        foreach (var e in original.Schedule.Network.Activities)
        {
            var a = rewritten.Schedule.Network.Activities.First(x => x.Id == e.Id);
            compare.Field("activity " + e.Id, "calendar", ExpectedCalendar(original.Schedule, e), Describe(rewritten.Schedule, rewritten.Schedule.CalendarOf(a.CalendarId)));
        }

        compare.AssertNone();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void LinksKeepTheirTypeAndLag(string file)
    {
        var original = DetailedScheduleFile.Open(OracleFiles.MsProject(file));
        var (rewritten, notes, _) = XerRoundTrip.Rewrite(original, XerEncoding.Utf8);

        // Working-time lags come back to the minute; elapsed and percent lags are converted, one note each.
        var working = original.Schedule.Network.Relationships.Where(r => r.LagKind == LagKind.Working).ToList();
        var converted = original.Schedule.Network.Relationships.Where(r => r.LagKind != LagKind.Working).ToList();
        var compare = new ScheduleRecordComparer();
        compare.Links(WithLinks(original.Schedule, working), WithLinks(rewritten.Schedule, [.. rewritten.Schedule.Network.Relationships.Where(r => !converted.Any(c => Same(c, r)))]));

        Assert.Equal(original.Schedule.Network.Relationships.Count, rewritten.Schedule.Network.Relationships.Count);
        Assert.Equal(converted.Count, notes.Count(n => n.Record.StartsWith("TASKPRED", StringComparison.Ordinal)));
        compare.AssertNone();
    }

    private static bool Same(ScheduleRelationship x, ScheduleRelationship y) =>
        x.PredecessorId == y.PredecessorId && x.SuccessorId == y.SuccessorId && x.Type == y.Type;

    [Theory]
    [MemberData(nameof(Files))]
    public void CalendarsWorkTheSameDaysAndHours(string file)
    {
        var original = DetailedScheduleFile.Open(OracleFiles.MsProject(file));
        var (rewritten, _, _) = XerRoundTrip.Rewrite(original, XerEncoding.Utf8);
        var compare = new ScheduleRecordComparer();
        var start = original.Schedule.Options.ProjectStart;
        var from = new DateOnly(start.Year - 1, 1, 1);
        var to = new DateOnly(start.Year + 10, 12, 31);

        foreach (var (id, calendar) in original.Schedule.Calendars)
        {
            Assert.True(rewritten.Schedule.Calendars.TryGetValue(id, out var written), "calendar " + id + " is missing");
            compare.Field("calendar " + id, "Name", calendar.Name, written!.Name);
            compare.CalendarTime("calendar " + id, calendar, original.Schedule.Calendars, written, rewritten.Schedule.Calendars, from, to);
        }

        compare.AssertNone();
    }

    [Fact]
    public void RecurringExceptionsAreWrittenAsTheDaysTheyProduce()
    {
        var original = DetailedScheduleFile.Open(OracleFiles.MsProject("calendar-recurring-exceptions-project2016-mspdi.xml"));
        var (rewritten, notes, _) = XerRoundTrip.Rewrite(original, XerEncoding.Utf8);

        var recurring = original.Schedule.Calendars.Values.Where(c => c.RecurringExceptions.Count > 0).ToList();
        Assert.NotEmpty(recurring);
        foreach (var calendar in recurring)
        {
            Assert.Empty(rewritten.Schedule.Calendars[calendar.Id].RecurringExceptions);
            Assert.NotEmpty(rewritten.Schedule.Calendars[calendar.Id].Exceptions);
            Assert.Contains(notes, n => n.Record.StartsWith("CALENDAR ", StringComparison.Ordinal) && n.Message.Contains("recurring", StringComparison.Ordinal));
        }
    }

    private static ImportedSchedule WithLinks(ImportedSchedule schedule, List<ScheduleRelationship> links) => new()
    {
        Source = schedule.Source,
        Convention = schedule.Convention,
        WrittenBy = schedule.WrittenBy,
        Network = new ScheduleNetwork { Activities = schedule.Network.Activities, Relationships = links, Calendars = schedule.Network.Calendars },
        Options = schedule.Options,
        Calendars = schedule.Calendars,
        Stored = schedule.Stored,
        Notes = schedule.Notes,
    };

    /// <summary>The calendar an activity should work in the XER: its own, or a 24-hour one for an elapsed duration.</summary>
    private static string ExpectedCalendar(ImportedSchedule schedule, ScheduleActivity a) =>
        a.ElapsedDuration && !a.IsMilestone ? "24 Hour (elapsed durations)" : Describe(schedule, schedule.CalendarOf(a.CalendarId));

    private static string Describe(ImportedSchedule schedule, string? calendarId) =>
        calendarId != null && schedule.Calendars.TryGetValue(calendarId, out var c) ? c.Name : "Standard";
}
