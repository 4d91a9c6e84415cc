using System.Text;
using Gantry.Interchange.Mspdi;
using Xunit;

namespace Gantry.Interchange.Tests.Mspdi;

public sealed class MspdiReaderTests
{
    private static MspdiProject Read(string xml) => MspdiReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "test.xml");

    [Fact]
    public void ProjectPropertiesOfTheRelationsFileAreRead()
    {
        var project = MspdiReader.ReadFile(OracleFiles.MsProject("mspdirelations.xml"));

        Assert.Equal(480, project.MinutesPerDay);
        Assert.Equal(2400, project.MinutesPerWeek);
        Assert.Equal(20, project.DaysPerMonth);
        Assert.Equal(1, project.CalendarUid);
        Assert.Equal(new DateTime(2006, 9, 21, 8, 0, 0), project.StartDate);
        Assert.True(project.ScheduleFromStart);
        Assert.Equal(480, project.DefaultStartTime);
        Assert.Equal(6, project.Tasks.Count);
    }

    [Fact]
    public void EachLinkTypeAndLagIsRead()
    {
        var project = MspdiReader.ReadFile(OracleFiles.MsProject("mspdirelations.xml"));

        var links = project.Tasks.SelectMany(t => t.Predecessors).ToList();
        Assert.Equal([1, 3, 0, 2], links.Select(l => l.Type));
        Assert.Equal(4800m, links[1].LinkLag);
        Assert.Equal(7, links[1].LagFormat);
    }

    [Fact]
    public void RecurringExceptionsKeepEveryFieldMsProjectWrites()
    {
        var project = MspdiReader.ReadFile(OracleFiles.MsProject("calendar-recurring-exceptions-project2016-mspdi.xml"));

        var exceptions = project.Calendars.SelectMany(c => c.Exceptions).ToList();
        Assert.Equal(27, exceptions.Count);
        var daily = exceptions.First(e => e.Name == "Daily 2");
        Assert.Equal(7, daily.Type);
        Assert.Equal(3, daily.Period);
        Assert.Equal(4, daily.Occurrences);
        Assert.True(daily.EnteredByOccurrences);
        var weekly = exceptions.First(e => e.Name == "Weekly 1 Monday");
        Assert.Equal(6, weekly.Type);
        Assert.Equal(2, weekly.DaysOfWeek);
        Assert.Contains(exceptions, e => e.Type == 5 && e.MonthPosition != null && e.MonthItem != null);
        Assert.Contains(exceptions, e => e.Type == 2 && e.Month != null && e.MonthDay != null);
    }

    [Fact]
    public void RecurringExceptionsBecomeEngineCalendarRules()
    {
        var imported = MspdiScheduleMapper.Map(MspdiReader.ReadFile(OracleFiles.MsProject("calendar-recurring-exceptions-project2016-mspdi.xml")));

        var calendar = imported.Calendars.Values.Single(c => c.RecurringExceptions.Count > 0);
        Assert.Equal(27, calendar.Exceptions.Count + calendar.RecurringExceptions.Count);
        var compiled = Gantry.Scheduling.Calendars.WorkCalendar.Compile(calendar, imported.Calendars);

        // "Daily 1": 2000-01-01 to 2000-01-03 do not work; Monday 2000-01-03 would otherwise.
        Assert.Empty(compiled.PeriodsOn(new DateOnly(2000, 1, 3)));
        Assert.NotEmpty(compiled.PeriodsOn(new DateOnly(2000, 1, 4)));
    }

    [Fact]
    public void ExceptionCopiesInTheOldWeekDayFormAreNotCountedTwice()
    {
        var project = MspdiReader.ReadFile(OracleFiles.MsProject("calendar-recurring-exceptions-project2016-mspdi.xml"));

        var calendar = Assert.Single(project.Calendars);
        Assert.True(calendar.WeekDays.Count(d => d.DayType == 0) > 100);
    }

    [Fact]
    public void LegacyCalendarsAndSummariesAreRead()
    {
        var project = MspdiReader.ReadFile(OracleFiles.MsProject("legacy-sample.xml"));

        Assert.Contains(project.Calendars, c => c.Name == "Night Shift" && c.WeekDays.Any(d => d.WorkingTimes.Any(t => t.ToMinute == 1440)));
        Assert.Equal(4, project.Tasks.Count(t => t.Summary));
        Assert.Equal(3, project.Resources.Count);
        Assert.Equal(17, project.Assignments.Count);
    }

    [Fact]
    public void ExternalEntitiesAreNeverResolved()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE Project [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <Project xmlns="http://schemas.microsoft.com/project"><Name>&secret;</Name></Project>
            """;

        var error = Assert.Throws<InterchangeException>(() => Read(xml));

        Assert.Contains("DTD", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void XmlThatIsNotAProjectIsRejected()
    {
        var error = Assert.Throws<InterchangeException>(() => Read("<Schedule/>"));

        Assert.Contains("<Schedule>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedXmlNamesItsLine()
    {
        var error = Assert.Throws<InterchangeException>(() => Read("<Project>\n<Tasks>\n<Task><UID>1</UID>"));

        Assert.NotNull(error.Line);
    }

    [Fact]
    public void BadValueNamesTheTaskTheElementAndTheLine()
    {
        const string xml = "<Project xmlns=\"http://schemas.microsoft.com/project\">\n<Tasks>\n<Task>\n<UID>7</UID>\n<Duration>eight hours</Duration>\n</Task>\n</Tasks>\n</Project>";

        var error = Assert.Throws<InterchangeException>(() => Read(xml));

        Assert.Equal("Task UID 7", error.Record);
        Assert.Equal("Duration", error.Field);
        Assert.Equal(5, error.Line);
    }

    [Fact]
    public void DuplicateTaskUidIsAnError()
    {
        var error = Assert.Throws<InterchangeException>(() => Read("<Project><Tasks><Task><UID>1</UID></Task><Task><UID>1</UID></Task></Tasks></Project>"));

        Assert.Equal("UID", error.Field);
    }
}
