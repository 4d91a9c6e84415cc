using System.Text;
using Gantry.Interchange.Mspdi;
using Gantry.Scheduling;
using Xunit;

namespace Gantry.Interchange.Tests.Mspdi;

public sealed class MspdiScheduleMapperTests
{
    private const string Calendar = """
        <Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>
        <WeekDays>
          <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
          <WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
          <WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
        </WeekDays></Calendar>
        <Calendar><UID>2</UID><Name>Crew</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID>
        <WeekDays><WeekDay><DayType>7</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>09:00:00</FromTime><ToTime>13:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay></WeekDays>
        </Calendar></Calendars>
        """;

    private static ImportedSchedule Map(string tasks) => MspdiScheduleMapper.Map(MspdiReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(
        "<Project xmlns=\"http://schemas.microsoft.com/project\"><StartDate>2024-01-08T08:00:00</StartDate><CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay>"
        + Calendar + "<Tasks><Task><UID>0</UID><Summary>1</Summary><OutlineLevel>0</OutlineLevel></Task>" + tasks + "</Tasks></Project>")), "test.xml"));

    private static string Task(int uid, int level, string extra = "") =>
        $"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>T{uid}</Name><OutlineLevel>{level}</OutlineLevel><Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat>{extra}</Task>";

    [Fact]
    public void ProjectSummaryIsLeftOutAndOutlineSummariesParentTheirTasks()
    {
        var imported = Map(Task(1, 1, "<Summary>1</Summary>") + Task(2, 2) + Task(3, 2) + Task(4, 1));

        Assert.Equal(["1", "2", "3", "4"], imported.Network.Activities.Select(a => a.Id));
        Assert.Equal(ActivityType.WbsSummary, imported.Network.Activities[0].Type);
        Assert.Equal("1", imported.Network.Activities[1].ParentId);
        Assert.Equal("1", imported.Network.Activities[2].ParentId);
        Assert.Null(imported.Network.Activities[3].ParentId);
    }

    [Fact]
    public void LagsInTenthsOfMinutesAndPercentLagsKeepTheirKind()
    {
        var imported = Map(Task(1, 1) + Task(2, 1,
            "<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>3</Type><LinkLag>4800</LinkLag><LagFormat>7</LagFormat></PredecessorLink>" +
            "<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>0</Type><LinkLag>14400</LinkLag><LagFormat>8</LagFormat></PredecessorLink>" +
            "<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type><LinkLag>50</LinkLag><LagFormat>19</LagFormat></PredecessorLink>"));

        var links = imported.Network.Relationships;
        Assert.Equal((RelationshipType.StartToStart, 480.0, LagKind.Working), (links[0].Type, links[0].Lag, links[0].LagKind));
        Assert.Equal((RelationshipType.FinishToFinish, 1440.0, LagKind.Elapsed), (links[1].Type, links[1].Lag, links[1].LagKind));
        Assert.Equal((RelationshipType.FinishToStart, 50.0, LagKind.Percent), (links[2].Type, links[2].Lag, links[2].LagKind));
    }

    [Fact]
    public void ManualTaskIsPinnedAtItsStartAndNotCompared()
    {
        var imported = Map(Task(1, 1, "<Manual>1</Manual><Start>2024-01-10T08:00:00</Start>"));

        var manual = imported.Network.Activities[0];
        Assert.Equal(new ScheduleConstraint(ConstraintType.MandatoryStart, new DateTime(2024, 1, 10, 8, 0, 0)), manual.PrimaryConstraint);
        Assert.False(imported.Stored[0].ScheduledByCpm);
        Assert.Contains(imported.Notes, n => n.Kind == ImportNoteKind.Changed && n.Record == "Task UID 1");
    }

    [Fact]
    public void ConstraintsDeadlinesAndElapsedDurationsAreMapped()
    {
        var imported = Map(Task(1, 1, "<ConstraintType>4</ConstraintType><ConstraintDate>2024-01-15T08:00:00</ConstraintDate><Deadline>2024-02-01T17:00:00</Deadline>")
            + "<Task><UID>2</UID><OutlineLevel>1</OutlineLevel><Duration>PT48H0M0S</Duration><DurationFormat>8</DurationFormat></Task>");

        var first = imported.Network.Activities[0];
        Assert.Equal(ConstraintType.StartNoEarlierThan, first.PrimaryConstraint.Type);
        Assert.Equal(new DateTime(2024, 2, 1, 17, 0, 0), first.Deadline);
        Assert.True(imported.Network.Activities[1].ElapsedDuration);
        Assert.Equal(2880, imported.Network.Activities[1].OriginalDurationMinutes);
    }

    [Fact]
    public void DerivedCalendarOverridesOnlyTheDaysItLists()
    {
        var imported = Map(Task(1, 1, "<CalendarUID>2</CalendarUID>"));

        var crew = imported.Calendars["2"];
        Assert.Equal("1", crew.BaseCalendarId);
        Assert.Equal(4 * 60, crew.WorkWeek!.PeriodsOn(DayOfWeek.Saturday).Sum(p => p.Minutes));
        Assert.Equal(8 * 60, crew.WorkWeek.PeriodsOn(DayOfWeek.Monday).Sum(p => p.Minutes));
        Assert.Empty(crew.WorkWeek.PeriodsOn(DayOfWeek.Sunday));
        Assert.Equal("2", imported.Network.Activities[0].CalendarId);
    }

    [Fact]
    public void LinkFromATaskThatIsNotInTheFileIsAnError()
    {
        var error = Assert.Throws<InterchangeException>(() => Map(Task(1, 1, "<PredecessorLink><PredecessorUID>99</PredecessorUID></PredecessorLink>")));

        Assert.Equal("Task UID 1", error.Record);
        Assert.Equal("PredecessorUID", error.Field);
    }

    [Fact]
    public void ConstraintWithoutItsDateIsAnError()
    {
        var error = Assert.Throws<InterchangeException>(() => Map(Task(1, 1, "<ConstraintType>2</ConstraintType>")));

        Assert.Equal("ConstraintDate", error.Field);
    }

    [Fact]
    public void SlackInTenthsOfMinutesIsStoredAsMinutes()
    {
        var imported = Map(Task(1, 1, "<TotalSlack>48000</TotalSlack><FreeSlack>4800</FreeSlack><Critical>0</Critical>"));

        Assert.Equal(4800, imported.Stored[0].TotalFloatMinutes);
        Assert.Equal(480, imported.Stored[0].FreeFloatMinutes);
    }
}
