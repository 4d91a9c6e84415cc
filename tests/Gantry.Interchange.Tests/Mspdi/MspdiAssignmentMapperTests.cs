using System.Text;
using Gantry.Interchange.Mspdi;
using Xunit;

namespace Gantry.Interchange.Tests.Mspdi;

/// <summary>MSPDI assignments become engine assignments on their resources' calendars.</summary>
public sealed class MspdiAssignmentMapperTests
{
    private const string Calendars = """
        <Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>
        <WeekDays>
          <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
          <WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
          <WeekDay><DayType>3</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
          <WeekDay><DayType>4</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
          <WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
        </WeekDays></Calendar>
        <Calendar><UID>2</UID><Name>Crew</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID></Calendar></Calendars>
        """;

    private const string Resources = """
        <Resources>
          <Resource><UID>1</UID><Name>Crew</Name><Type>1</Type><CalendarUID>2</CalendarUID></Resource>
          <Resource><UID>2</UID><Name>Concrete</Name><Type>0</Type></Resource>
          <Resource><UID>3</UID><Name>Lost</Name><Type>1</Type><CalendarUID>9</CalendarUID></Resource>
        </Resources>
        """;

    private static ImportedSchedule Map(string taskExtra, params string[] assignments) => MspdiScheduleMapper.Map(MspdiReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(
        "<Project xmlns=\"http://schemas.microsoft.com/project\"><StartDate>2024-01-08T08:00:00</StartDate><CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay>"
        + Calendars
        + "<Tasks><Task><UID>1</UID><ID>1</ID><Name>Pour</Name><OutlineLevel>1</OutlineLevel><Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat>" + taskExtra + "</Task></Tasks>"
        + Resources + "<Assignments>" + string.Concat(assignments) + "</Assignments></Project>")), "test.xml"));

    private static string Assignment(int uid, int resource, string work, string units = "1", string extra = "") =>
        $"<Assignment><UID>{uid}</UID><TaskUID>1</TaskUID><ResourceUID>{resource}</ResourceUID><Units>{units}</Units><Work>{work}</Work><RemainingWork>{work}</RemainingWork>{extra}</Assignment>";

    [Fact]
    public void WorkResourceAssignmentRunsOnTheResourceCalendarWithItsWorkAndUnits()
    {
        var imported = Map("", Assignment(1, 1, "PT16H0M0S", "0.5"));

        var assignment = Assert.Single(imported.Network.Activities[0].Assignments);
        Assert.Equal(("1", "2", 960L, 0.5), (assignment.ResourceId, assignment.CalendarId, assignment.RemainingWorkMinutes, assignment.Units));
        Assert.Null(assignment.DurationMinutes);
    }

    [Fact]
    public void TaskThatIgnoresResourceCalendarsKeepsItsDuration()
    {
        var imported = Map("<IgnoreResourceCalendar>1</IgnoreResourceCalendar>", Assignment(1, 1, "PT16H0M0S"));

        Assert.Empty(imported.Network.Activities[0].Assignments);
    }

    [Fact]
    public void UnassignedMaterialAndWorklessAssignmentsDoNotPlaceTheTask()
    {
        var imported = Map("", Assignment(1, -65535, "PT16H0M0S"), Assignment(2, 2, "PT16H0M0S"), Assignment(3, 1, "PT0H0M0S"));

        Assert.Empty(imported.Network.Activities[0].Assignments);
    }

    [Fact]
    public void ContouredAssignmentKeepsTheSpanMsProjectStored()
    {
        var imported = Map("", Assignment(1, 1, "PT8H0M0S", extra: "<Start>2024-01-08T08:00:00</Start><Finish>2024-01-10T17:00:00</Finish><WorkContour>3</WorkContour>"));

        var assignment = Assert.Single(imported.Network.Activities[0].Assignments);
        Assert.Equal(3 * 480L, assignment.DurationMinutes);
        Assert.Contains(imported.Notes, n => n.Record == "Task UID 1" && n.Message.Contains("contour", StringComparison.Ordinal));
    }

    [Fact]
    public void ResourceCalendarMissingFromTheFileFallsBackToTheTaskCalendarWithANote()
    {
        var imported = Map("", Assignment(1, 3, "PT8H0M0S"));

        Assert.Null(Assert.Single(imported.Network.Activities[0].Assignments).CalendarId);
        Assert.Contains(imported.Notes, n => n.Record == "Task UID 1" && n.Message.Contains("calendar 9", StringComparison.Ordinal));
    }
}
