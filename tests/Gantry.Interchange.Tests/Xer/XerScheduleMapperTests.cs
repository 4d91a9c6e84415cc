using Gantry.Interchange.Xer;
using Gantry.Scheduling;
using Xunit;

namespace Gantry.Interchange.Tests.Xer;

public sealed class XerScheduleMapperTests
{
    private static ImportedSchedule Map(string text) => XerScheduleMapper.Map(XerSchedule.From(XerText.Read(text)));

    [Fact]
    public void OracleProgrammeMapsEveryActivityWithPrimaverasOwnOptions()
    {
        var imported = XerScheduleMapper.Map(XerSchedule.ReadFile(OracleFiles.P6Programme));

        Assert.Equal(3994, imported.Network.Activities.Count);
        Assert.Equal(5966, imported.Network.Relationships.Count);
        Assert.Equal(6, imported.Network.Calendars.Count);
        Assert.Equal(new DateTime(2017, 9, 16), imported.Options.DataDate);
        Assert.Equal(ProgressRule.RetainedLogic, imported.Options.ProgressRule);
        Assert.Equal(FloatType.Finish, imported.Options.FloatType);
        Assert.Equal(LagCalendarRule.Predecessor, imported.Options.LagCalendar);
        Assert.Equal("639", imported.Options.DefaultCalendarId);
        Assert.True(imported.Options.UseExpectedFinish);
        Assert.Equal(3, imported.Network.Activities.Count(a => a.Type == ActivityType.LevelOfEffort));
        Assert.Equal(523, imported.Network.Activities.Count(a => a.IsComplete));
    }

    [Fact]
    public void HoursBecomeMinutesAndP6CodesBecomeEngineTypes()
    {
        var imported = Map(XerText.Project(
            [
                "1\t1\t\t10\tA1000\tExcavate\tTT_Task\tTK_NotStart\t16\t12\tCS_MSOA\t2024-01-10 08:00\t\t",
                "2\t1\t\t\tA1010\tPour\tTT_FinMile\tTK_NotStart\t0\t0\tCS_MEOB\t2024-02-01 17:00\t\t",
            ],
            ["100\t2\t1\t1\t1\tPR_SS\t4.5"]));

        var excavate = imported.Network.Activities[0];
        Assert.Equal(960, excavate.OriginalDurationMinutes);
        Assert.Equal(720, excavate.RemainingDurationMinutes);
        Assert.Equal(new ScheduleConstraint(ConstraintType.StartNoEarlierThan, new DateTime(2024, 1, 10, 8, 0, 0)), excavate.PrimaryConstraint);
        Assert.Equal("10", excavate.CalendarId);
        var pour = imported.Network.Activities[1];
        Assert.Equal(ActivityType.FinishMilestone, pour.Type);
        Assert.Null(pour.CalendarId);
        Assert.Equal(ConstraintType.FinishNoLaterThan, pour.PrimaryConstraint.Type);
        var link = Assert.Single(imported.Network.Relationships);
        Assert.Equal(RelationshipType.StartToStart, link.Type);
        Assert.Equal(270, link.Lag);
    }

    [Fact]
    public void ProgressOverrideAndStartFloatOptionsAreTakenFromTheFile()
    {
        var imported = Map(XerText.Project([], [], "%R\t1\t1\tSD_Both\tN\tN\tN\tN\tFT_SF\trcal_24Hour\tN\tY"));

        Assert.Equal(ProgressRule.ProgressOverride, imported.Options.ProgressRule);
        Assert.Equal(FloatType.Start, imported.Options.FloatType);
        Assert.Equal(LagCalendarRule.TwentyFourHour, imported.Options.LagCalendar);
    }

    [Fact]
    public void LinkToAnActivityThatIsNotInTheFileNamesTheLinkRow()
    {
        var text = XerText.Project(["1\t1\t\t10\tA1\tFirst\tTT_Task\tTK_NotStart\t8\t8\t\t\t\t"], ["100\t1\t999\t1\t1\tPR_FS\t0"]);

        var error = Assert.Throws<InterchangeException>(() => Map(text));

        Assert.Equal("TASKPRED 100", error.Record);
        Assert.Equal("pred_task_id", error.Field);
    }

    [Fact]
    public void UnknownActivityTypeNamesTheField()
    {
        var text = XerText.Project(["1\t1\t\t10\tA1\tFirst\tTT_Hammock\tTK_NotStart\t8\t8\t\t\t\t"], []);

        var error = Assert.Throws<InterchangeException>(() => Map(text));

        Assert.Equal("task_type", error.Field);
    }

    [Fact]
    public void DatedConstraintWithoutItsDateIsAnError()
    {
        var text = XerText.Project(["1\t1\t\t10\tA1\tFirst\tTT_Task\tTK_NotStart\t8\t8\tCS_MSO\t\t\t"], []);

        var error = Assert.Throws<InterchangeException>(() => Map(text));

        Assert.Equal("cstr_date", error.Field);
    }

    [Fact]
    public void HugeDurationIsRefusedNotOverflowed()
    {
        var text = XerText.Project(["1\t1\t\t10\tA1\tFirst\tTT_Task\tTK_NotStart\t99999999999999\t8\t\t\t\t"], []);

        var error = Assert.Throws<InterchangeException>(() => Map(text));

        Assert.Equal("target_drtn_hr_cnt", error.Field);
    }

    [Fact]
    public void ResourceCalendarWithoutAWeekInheritsItsBaseAndHoursPerDayBecomeMinutes()
    {
        var text = XerText.Project([], []).Replace(
            "%T\tSCHEDOPTIONS",
            "%R\t11\tN\tCrew\t\t10\tCA_Rsrc\t10\t50\t215\t2500\t(0||CalendarData()((0||DaysOfWeek()())(0||Exceptions()((0||0(d|45301)())))))\r\n%T\tSCHEDOPTIONS",
            StringComparison.Ordinal);

        var imported = Map(text);

        var crew = imported.Calendars["11"];
        Assert.Equal("10", crew.BaseCalendarId);
        Assert.Null(crew.WorkWeek);
        Assert.Equal(600, crew.MinutesPerDay);
        Assert.Equal(new DateOnly(2024, 1, 10), Assert.Single(crew.Exceptions).From);
        Assert.Equal(480, imported.Calendars["10"].MinutesPerDay);
    }

    [Fact]
    public void OverlappingWorkingPeriodsAreRefusedNamingTheCalendar()
    {
        var text = XerText.Project([], []).Replace(
            "(0||0(s|08:00|f|12:00)())      (0||1(s|13:00|f|17:00)())))    (0||3()",
            "(0||0(s|08:00|f|12:00)())      (0||1(s|11:00|f|17:00)())))    (0||3()",
            StringComparison.Ordinal);

        var error = Assert.Throws<InterchangeException>(() => Map(text));

        Assert.Equal("CALENDAR 10", error.Record);
        Assert.Equal("clndr_data", error.Field);
    }

    [Fact]
    public void CompletedActivityKeepsItsActualDates()
    {
        var imported = Map(XerText.Project(["1\t1\t\t10\tA1\tDone\tTT_Task\tTK_Complete\t8\t0\t\t\t2024-01-08 08:00\t2024-01-08 17:00"], []));

        var done = imported.Network.Activities[0];
        Assert.True(done.IsComplete);
        Assert.Equal(new DateTime(2024, 1, 8, 17, 0, 0), done.ActualFinish);
        Assert.Equal(0, done.RemainingDurationMinutes);
    }

    [Fact]
    public void FinishToStartAcrossAHolidayFinishesAfterTheHoliday()
    {
        // 2024-01-09 is a holiday in the test calendar (serial 45300).
        var imported = Map(XerText.Project(
            [
                "1\t1\t\t10\tA1\tFirst\tTT_Task\tTK_NotStart\t8\t8\t\t\t\t",
                "2\t1\t\t10\tA2\tSecond\tTT_Task\tTK_NotStart\t8\t8\t\t\t\t",
            ],
            ["100\t2\t1\t1\t1\tPR_FS\t0"]));

        var result = Scheduler.Schedule(imported.Network, imported.Options);

        Assert.Equal(new DateTime(2024, 1, 8, 17, 0, 0), result["1"].EarlyFinish);
        Assert.Equal(new DateTime(2024, 1, 10, 17, 0, 0), result["2"].EarlyFinish);
    }
}
