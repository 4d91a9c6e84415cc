using System.Text;
using Gantry.Interchange.Pmxml;
using Gantry.Scheduling;
using Gantry.Scheduling.Calendars;
using Xunit;

namespace Gantry.Interchange.Tests.Pmxml;

public sealed class PmxmlReaderTests
{
    private static PmxmlSchedule Read(string xml) => PmxmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "fixture.xml");

    private static ImportedSchedule Map(string xml, string? project = null) => Read(xml).Map(project);

    [Fact]
    public void CalendarKeepsItsWorkWeekLunchBreakHolidayAndWorkedException()
    {
        var calendar = Map(PmxmlFixtures.File(PmxmlFixtures.Project())).Calendars["10"];

        Assert.Equal([new WorkingPeriod(480, 720), new WorkingPeriod(780, 1020)], calendar.WorkWeek!.PeriodsOn(DayOfWeek.Monday));
        Assert.Empty(calendar.WorkWeek.PeriodsOn(DayOfWeek.Saturday));
        Assert.Equal(480, calendar.MinutesPerDay);
        var holiday = Assert.Single(calendar.Exceptions, e => e.From == new DateOnly(2026, 1, 1));
        Assert.Empty(holiday.Periods);
        var worked = Assert.Single(calendar.Exceptions, e => e.From == new DateOnly(2026, 1, 10));
        Assert.Equal([new WorkingPeriod(540, 780)], worked.Periods);
    }

    [Fact]
    public void FourLinkTypesKeepTheirLagsInHours()
    {
        var links = Map(PmxmlFixtures.File(PmxmlFixtures.Project())).Network.Relationships;

        Assert.Equal(
            [("101", "102", RelationshipType.FinishToStart, 480L), ("102", "103", RelationshipType.StartToStart, 960L),
             ("103", "104", RelationshipType.FinishToFinish, -240L), ("104", "105", RelationshipType.StartToFinish, 0L)],
            links.Select(l => (l.PredecessorId, l.SuccessorId, l.Type, l.Lag)));
    }

    [Fact]
    public void ConstraintsAndActivityTypesUseP6Words()
    {
        var activities = Map(PmxmlFixtures.File(PmxmlFixtures.Project())).Network.Activities.ToDictionary(a => a.Code!);

        Assert.Equal(ScheduleConstraint.None, activities["A1000"].PrimaryConstraint);
        Assert.Equal(new ScheduleConstraint(ConstraintType.StartNoEarlierThan, new DateTime(2026, 1, 2, 8, 0, 0)), activities["A1010"].PrimaryConstraint);
        Assert.Equal(new ScheduleConstraint(ConstraintType.FinishNoLaterThan, new DateTime(2026, 1, 30, 17, 0, 0)), activities["A1020"].PrimaryConstraint);
        Assert.Equal(new ScheduleConstraint(ConstraintType.StartNoEarlierThan, new DateTime(2026, 1, 7, 8, 0, 0)), activities["A1020"].SecondaryConstraint);
        Assert.Equal(new ScheduleConstraint(ConstraintType.MandatoryFinish, new DateTime(2026, 2, 27, 17, 0, 0)), activities["M1040"].PrimaryConstraint);
        Assert.Equal(ActivityType.ResourceDependent, activities["A1030"].Type);
        Assert.Equal(ActivityType.FinishMilestone, activities["M1040"].Type);
    }

    [Fact]
    public void ProgressReadsStatusActualsRemainingAndFractionPercent()
    {
        var activities = Map(PmxmlFixtures.File(PmxmlFixtures.Project())).Network.Activities.ToDictionary(a => a.Code!);

        var done = activities["A1000"];
        Assert.Equal((100.0, 0L, new DateTime(2025, 12, 30, 17, 0, 0)), (done.PercentComplete, done.RemainingDurationMinutes, done.ActualFinish!.Value));
        var going = activities["A1010"];
        Assert.Equal((25.0, 2400L, 1440L, new DateTime(2026, 1, 2, 8, 0, 0)), (going.PercentComplete, going.OriginalDurationMinutes, going.RemainingDurationMinutes, going.ActualStart!.Value));
        Assert.Null(going.ActualFinish);
        Assert.Null(activities["A1020"].ActualStart);
    }

    [Fact]
    public void ScheduleOptionsOnTheProjectBecomeTheEngineOptions()
    {
        var options = Map(PmxmlFixtures.File(PmxmlFixtures.Project())).Options;

        Assert.Equal(ProgressRule.ProgressOverride, options.ProgressRule);
        Assert.Equal(FloatType.Smallest, options.FloatType);
        Assert.Equal(LagCalendarRule.TwentyFourHour, options.LagCalendar);
        Assert.True(options.MakeOpenEndedActivitiesCritical);
        Assert.Equal(new DateTime(2026, 1, 5, 8, 0, 0), options.DataDate);
        Assert.Equal("10", options.DefaultCalendarId);
    }

    [Fact]
    public void ProjectWithoutScheduleOptionsUsesP6DefaultsAndSaysSo()
    {
        var imported = Map(PmxmlFixtures.File(PmxmlFixtures.Project(options: "")));

        Assert.Equal(ProgressRule.RetainedLogic, imported.Options.ProgressRule);
        Assert.Equal(LagCalendarRule.Predecessor, imported.Options.LagCalendar);
        Assert.Contains(imported.Notes, n => n.Record == "Project 1" && n.Message.Contains("default options", StringComparison.Ordinal));
    }

    [Fact]
    public void ResourcesAssignmentsCodesAndUserFieldsAreRead()
    {
        var file = Read(PmxmlFixtures.File(PmxmlFixtures.Project()));
        var imported = file.Map();

        var steel = imported.Network.Activities.Single(a => a.Code == "A1030");
        var assignment = Assert.Single(steel.Assignments);
        Assert.Equal(("30", 1920L, 1.0), (assignment.ResourceId, assignment.RemainingWorkMinutes, assignment.Units));
        var details = file.Details(imported).For(steel.Id)!;
        Assert.Equal(["Steel erection gang"], details.Resources);
        Assert.Equal(2400m, details.Budget);
        Assert.Equal("CIV", file.Details(imported).For("101")!.WbsCode);
        Assert.Equal("Z3", file.Tables.ActivityCodes.Single(c => c.Id == file.Tables.TaskActivityCodes.Single().CodeId).ShortName);
        Assert.Equal("Zone 3", Assert.Single(file.Tables.UdfValues).Text);
        Assert.Contains(imported.Notes, n => n.Kind == ImportNoteKind.Skipped && n.Message.Contains("<Currency>", StringComparison.Ordinal));
    }

    [Fact]
    public void FileWithSeveralProjectsAsksForOneAndOpensTheChosen()
    {
        string xml = PmxmlFixtures.File(PmxmlFixtures.Project("1", "NORTH"), PmxmlFixtures.Project("2", "SOUTH"));

        var error = Assert.Throws<InterchangeException>(() => Map(xml));
        Assert.Contains("NORTH (1), SOUTH (2)", error.Message, StringComparison.Ordinal);
        var south = Map(xml, "SOUTH");
        Assert.Equal(["201", "202", "203", "204", "205"], south.Network.Activities.Select(a => a.Id));
        Assert.All(south.Network.Relationships, l => Assert.StartsWith("2", l.PredecessorId, StringComparison.Ordinal));
    }

    [Fact]
    public void BaselineProjectGivesTheBaselineFinishOfEachActivity()
    {
        const string baseline = """
            <BaselineProject><ObjectId>900</ObjectId><Id>NORTH-BL1</Id>
              <Activity><ObjectId>9001</ObjectId><Id>A1020</Id><StartDate>2026-01-12T08:00:00</StartDate><FinishDate>2026-01-14T17:00:00</FinishDate></Activity>
            </BaselineProject>
            """;
        var file = Read(PmxmlFixtures.File(PmxmlFixtures.Project(), baseline));
        var imported = file.Map();

        var details = file.Details(imported);
        Assert.True(details.HasBaseline);
        Assert.Equal(new DateTime(2026, 1, 14, 17, 0, 0), details.For("103")!.PlannedFinish);
        Assert.Null(details.For("104")!.PlannedFinish);
    }

    [Fact]
    public void P6XmlIsRecognisedByItsRootAndOpensThroughScheduleFile()
    {
        string path = Path.Combine(Path.GetTempPath(), "gantry-pmxml-" + Guid.NewGuid().ToString("N") + ".xml");
        File.WriteAllText(path, PmxmlFixtures.File(PmxmlFixtures.Project()));
        try
        {
            Assert.Equal(ScheduleFileFormat.Pmxml, ScheduleFile.DetectFormat(path));
            var opened = DetailedScheduleFile.Open(path);
            Assert.Equal(5, opened.Schedule.Network.Activities.Count);
            Assert.StartsWith("Primavera P6 (P6 XML V8.3)", opened.Schedule.WrittenBy, StringComparison.Ordinal);
            Assert.Equal(ScheduleFileFormat.Mspdi, ScheduleFile.DetectFormat(OracleFiles.MsProject("mspdirelations.xml")));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void P6XmlWithoutAnExtensionIsRecognisedByItsRootElement()
    {
        string path = Path.Combine(Path.GetTempPath(), "gantry-pmxml-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(path, PmxmlFixtures.File(PmxmlFixtures.Project()));
        try
        {
            Assert.Equal(ScheduleFileFormat.Pmxml, ScheduleFile.DetectFormat(path));
            Assert.Equal(5, ScheduleFile.Open(path).Network.Activities.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ObjectsListedAfterTheirProjectJoinIt()
    {
        const string after = """
            <Activity><ObjectId>106</ObjectId><ProjectObjectId>1</ProjectObjectId><Id>A1050</Id><Name>Clad</Name><CalendarObjectId>10</CalendarObjectId>
              <Type>Task Dependent</Type><Status>Not Started</Status><PlannedDuration>8</PlannedDuration><RemainingDuration>8</RemainingDuration></Activity>
            <Relationship><ObjectId>195</ObjectId><PredecessorActivityObjectId>105</PredecessorActivityObjectId><SuccessorActivityObjectId>106</SuccessorActivityObjectId><Type>Finish to Start</Type><Lag>0</Lag></Relationship>
            """;
        var imported = Map(PmxmlFixtures.File(PmxmlFixtures.Project(), after));

        Assert.Contains(imported.Network.Activities, a => a.Code == "A1050");
        Assert.Contains(imported.Network.Relationships, l => l.PredecessorId == "105" && l.SuccessorId == "106");
    }

    [Fact]
    public void ActivityOutsideAnyProjectThatNamesNoneIsRejected()
    {
        const string orphan = "<Activity><ObjectId>7</ObjectId><Id>X</Id></Activity>";

        var error = Assert.Throws<InterchangeException>(() => Map(PmxmlFixtures.File(PmxmlFixtures.Project(), orphan)));

        Assert.Equal(("Activity 7", "ProjectObjectId"), (error.Record, error.Field));
    }

    [Fact]
    public void HandWrittenProjectSchedulesWithItsCalendarAndLinks()
    {
        var imported = Map(PmxmlFixtures.File(PmxmlFixtures.Project(options: "")));

        var result = Scheduler.Schedule(imported.Network, imported.Options);

        // A1010 has 24 h left from the data date Mon 5 Jan 08:00: Mon, Tue, Wed; FS+8h from the finished A1000 does not hold it back.
        Assert.Equal(new DateTime(2026, 1, 7, 17, 0, 0), result["102"].EarlyFinish);
        Assert.Equal(new DateTime(2026, 1, 7, 8, 0, 0), result["103"].EarlyStart);
    }
}
