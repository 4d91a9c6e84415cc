using Gantry.Interchange.Excel;
using Gantry.Scheduling;
using Xunit;

namespace Gantry.Interchange.Tests.Excel;

/// <summary>Reading activity tables: every column, both languages, any order, predecessors, dates and notes.</summary>
public sealed class ExcelImportTests
{
    private static readonly string[] EnglishHeaders =
    [
        "WBS code", "Activity code", "Activity name", "Activity type", "Duration", "Remaining duration", "Calendar", "Predecessors",
        "Constraint", "Constraint date", "Planned start", "Planned finish", "Actual start", "Actual finish", "Percent complete", "Resource", "Budget",
    ];

    [Fact]
    public void EveryColumnOfTheTemplateIsRead()
    {
        var import = TestWorkbook.Import(EnglishHeaders,
        [
            ["1.1", "A1000", "Notice to proceed", "Start milestone", "0", null, null, null, null, null, null, null, "2026-03-02 08:00", "2026-03-02 08:00", "100", null, null],
            ["1.2", "A1010", "Excavation", "Task", "10d", "6d", "China", "A1000", "SNET", "2026-03-04", "2026-03-02", "2026-03-13", "2026-03-02 08:00", null, "40", "Excavator, 土方班组", "125000.50"],
        ]);

        Assert.True(import.Succeeded, string.Join("\n", import.Errors));
        var schedule = import.Schedule!;
        var start = schedule.Network.Activities[0];
        Assert.Equal(ActivityType.StartMilestone, start.Type);
        Assert.True(start.IsComplete);
        var dig = schedule.Network.Activities[1];
        Assert.Equal(("A1010", "A1010", "Excavation"), (dig.Id, dig.Code, dig.Name));
        Assert.Equal(ActivityType.Task, dig.Type);
        Assert.Equal(4800, dig.OriginalDurationMinutes);
        Assert.Equal(2880, dig.RemainingDurationMinutes);
        Assert.Equal("China", dig.CalendarId);
        Assert.Equal(new ScheduleConstraint(ConstraintType.StartNoEarlierThan, new DateTime(2026, 3, 4, 8, 0, 0, DateTimeKind.Unspecified)), dig.PrimaryConstraint);
        Assert.Equal(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Unspecified), dig.ActualStart);
        Assert.Null(dig.ActualFinish);
        Assert.Equal(40, dig.PercentComplete);
        var link = Assert.Single(schedule.Network.Relationships);
        Assert.Equal(("A1000", "A1010", RelationshipType.FinishToStart, 0.0), (link.PredecessorId, link.SuccessorId, link.Type, link.Lag));
        var details = import.Details.For("A1010")!;
        Assert.Equal("1.2", details.WbsCode);
        Assert.Equal(["Excavator", "土方班组"], details.Resources);
        Assert.Equal(125000.50m, details.Budget);
        Assert.Equal(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Unspecified), details.PlannedStart);
        Assert.Equal(new DateTime(2026, 3, 13, 17, 0, 0, DateTimeKind.Unspecified), details.PlannedFinish);
        Assert.True(import.Details.HasResourceData);
        Assert.True(import.Details.HasBaseline);
        Assert.Equal(TestWorkbook.ProjectStart, schedule.Options.ProjectStart);
        Assert.Equal(TestWorkbook.ProjectStart, schedule.Options.DataDate);
        Assert.Contains(schedule.Network.Calendars, c => c.Id == "China" && c.IncludeChinaStatutoryHolidays);
        Assert.NotNull(Scheduler.Schedule(schedule.Network, schedule.Options));
    }

    [Fact]
    public void ChineseHeadersInAnyOrderAreRecognised()
    {
        var import = TestWorkbook.Import(
            ["紧前作业", "工期", "作业名称", "作业代码", "日历", "资源", "预算", "完成百分比", "实际开始", "计划完成", "WBS编码", "限制条件", "限制日期"],
            [
                [null, "5天", "开工准备", "A1", "标准", "项目部", 1000.0, null, null, "2026-03-06", "1", null, null],
                ["A1FS+1d", "3", "基础施工", "A2", "中国法定", null, null, null, null, null, "1.1", "不得早于...开始", "2026-03-10"],
            ]);

        Assert.True(import.Succeeded, string.Join("\n", import.Errors));
        var network = import.Schedule!.Network;
        Assert.Equal(["A1", "A2"], network.Activities.Select(a => a.Id));
        Assert.Equal([2400L, 1440L], network.Activities.Select(a => a.OriginalDurationMinutes));
        Assert.Equal("Standard", network.Activities[0].CalendarId);
        Assert.Equal("China", network.Activities[1].CalendarId);
        Assert.Equal(480, network.Relationships[0].Lag);
        Assert.Equal(ConstraintType.StartNoEarlierThan, network.Activities[1].PrimaryConstraint.Type);
        Assert.Equal(["项目部"], import.Details.For("A1")!.Resources);
    }

    [Theory]
    [InlineData("A1FS+2d", "A1", RelationshipType.FinishToStart, 960, LagKind.Working)]
    [InlineData("A1", "A1", RelationshipType.FinishToStart, 0, LagKind.Working)]
    [InlineData("A1SS", "A1", RelationshipType.StartToStart, 0, LagKind.Working)]
    [InlineData("A1ff-1d", "A1", RelationshipType.FinishToFinish, -480, LagKind.Working)]
    [InlineData("A1SF+4h", "A1", RelationshipType.StartToFinish, 240, LagKind.Working)]
    [InlineData("A1FS + 1w", "A1", RelationshipType.FinishToStart, 2400, LagKind.Working)]
    [InlineData("A1FS+2ed", "A1", RelationshipType.FinishToStart, 2880, LagKind.Elapsed)]
    [InlineData("A1FS+50%", "A1", RelationshipType.FinishToStart, 50, LagKind.Percent)]
    [InlineData("BFS", "BFS", RelationshipType.FinishToStart, 0, LagKind.Working)]
    [InlineData("BFSSS+1d", "BFS", RelationshipType.StartToStart, 480, LagKind.Working)]
    [InlineData("A-1", "A-1", RelationshipType.FinishToStart, 0, LagKind.Working)]
    [InlineData("A-1FF-2h", "A-1", RelationshipType.FinishToFinish, -120, LagKind.Working)]
    public void PredecessorsAreReadInMsProjectSyntax(string cell, string predecessor, RelationshipType type, double lag, LagKind kind)
    {
        var import = TestWorkbook.Import(["Activity code", "Name", "Duration", "Predecessors"],
        [
            ["A1", "one", "1d", null],
            ["BFS", "code ending in FS", "1d", null],
            ["A-1", "code with a hyphen", "1d", null],
            ["Z", "successor", "1d", cell],
        ]);

        Assert.True(import.Succeeded, string.Join("\n", import.Errors));
        var link = Assert.Single(import.Schedule!.Network.Relationships);
        Assert.Equal((predecessor, "Z", type, lag, kind), (link.PredecessorId, link.SuccessorId, link.Type, link.Lag, link.LagKind));
    }

    [Fact]
    public void SeveralPredecessorsAreSeparatedByCommasInEitherScript()
    {
        var import = TestWorkbook.Import(["Activity code", "Name", "Duration", "Predecessors"],
        [
            ["A1010", "a", "1d", null],
            ["A1020", "b", "1d", null],
            ["A1030", "c", "1d", null],
            ["A1040", "d", "1d", "A1010FS+2d, A1020SS，A1030FF-1d"],
        ]);

        Assert.True(import.Succeeded, string.Join("\n", import.Errors));
        Assert.Equal(
            [("A1010", RelationshipType.FinishToStart, 960.0), ("A1020", RelationshipType.StartToStart, 0.0), ("A1030", RelationshipType.FinishToFinish, -480.0)],
            import.Schedule!.Network.Relationships.Select(r => (r.PredecessorId, r.Type, r.Lag)));
    }

    [Theory]
    [InlineData("5d", null, 2400)]
    [InlineData("4h", null, 240)]
    [InlineData("5", null, 2400)]
    [InlineData("2.5", null, 1200)]
    [InlineData("2w", null, 4800)]
    [InlineData("5天", null, 2400)]
    [InlineData("6小时", null, 360)]
    [InlineData("90min", null, 90)]
    [InlineData("1d", "24-hour", 1440)]
    [InlineData("1w", "6-day", 2880)]
    public void DurationsAreReadInDaysOfTheCalendarHoursOrWeeks(string duration, string? calendar, long minutes)
    {
        var import = TestWorkbook.Import(["Activity code", "Name", "Duration", "Calendar"], [["A1", "one", duration, calendar]]);

        Assert.True(import.Succeeded, string.Join("\n", import.Errors));
        Assert.Equal(minutes, import.Schedule!.Network.Activities[0].OriginalDurationMinutes);
    }

    [Fact]
    public void ANumericDurationCellIsDays()
    {
        var import = TestWorkbook.Import(["Activity code", "Name", "Duration"], [["A1", "one", 3.5]]);

        Assert.Equal(1680, import.Schedule!.Network.Activities[0].OriginalDurationMinutes);
    }

    [Fact]
    public void DatesWithoutTimeStartAtTheFirstWorkingMinuteAndFinishAtTheLast()
    {
        var import = TestWorkbook.Import(["Activity code", "Name", "Duration", "Actual start", "Actual finish", "Planned start", "Planned finish"],
            [["A1", "one", "1d", "2026/3/2", "2026-03-02", new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Unspecified).ToOADate(), "2026年3月3日"]]);

        Assert.True(import.Succeeded, string.Join("\n", import.Errors));
        var a = import.Schedule!.Network.Activities[0];
        Assert.Equal(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Unspecified), a.ActualStart);
        Assert.Equal(new DateTime(2026, 3, 2, 17, 0, 0, DateTimeKind.Unspecified), a.ActualFinish);
        Assert.Equal(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Unspecified), import.Details.For("A1")!.PlannedStart);
        Assert.Equal(new DateTime(2026, 3, 3, 17, 0, 0, DateTimeKind.Unspecified), import.Details.For("A1")!.PlannedFinish);
        Assert.Equal(0, a.RemainingDurationMinutes);
        Assert.Equal(100, a.PercentComplete);
    }

    [Fact]
    public void MidnightInADateTimeCellIsATimeNotTheWholeDay()
    {
        var midnight = new DateTime(2026, 3, 3, 0, 0, 0, DateTimeKind.Unspecified);
        var import = TestWorkbook.Import(["Activity code", "Name", "Duration", "Calendar", "Actual start"], [["A1", "one", "1d", "24-hour", midnight]]);

        Assert.Equal(midnight, import.Schedule!.Network.Activities[0].ActualStart);
    }

    [Fact]
    public void PlannedDatesMayLieBeyondTheSchedulingYears()
    {
        var import = TestWorkbook.Import(["Activity code", "Name", "Duration", "Planned finish"], [["A1", "one", "1d", "4637-10-01"]]);

        Assert.Equal(4637, import.Details.For("A1")!.PlannedFinish!.Value.Year);
    }

    [Fact]
    public void StartedWorkWithoutRemainingDurationTakesItFromThePercentCompleteWithANote()
    {
        var import = TestWorkbook.Import(["Activity code", "Name", "Duration", "Actual start", "% Complete"], [["A1", "one", "10d", "2026-03-02", "25%"]]);

        Assert.Equal(3600, import.Schedule!.Network.Activities[0].RemainingDurationMinutes);
        Assert.Equal(25, import.Schedule.Network.Activities[0].PercentComplete);
        Assert.Contains(import.Schedule.Notes, n => n.Kind == ImportNoteKind.Changed && n.Record.Contains("row 2", StringComparison.Ordinal));
    }

    [Fact]
    public void APercentFormattedCellIsReadAsThePercentItShows()
    {
        using var stream = TestWorkbook.Build(["Activity code", "Name", "Duration", "Actual start", "Percent complete"], [["A1", "one", "10d", "2026-03-02", 0.3]]);
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, isEditable: true))
        {
            // Add a cell format with Excel's built-in "0%" (id 9) and give it to E2, as Excel does when a user types 30 %.
            var workbook = document.WorkbookPart!;
            var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!;
            formats.Append(new DocumentFormat.OpenXml.Spreadsheet.CellFormat { NumberFormatId = 9, ApplyNumberFormat = true });
            uint percentStyle = (uint)formats.Count() - 1;
            var sheet = workbook.WorksheetParts.First(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Any(c => c.CellReference == "E2"));
            sheet.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference == "E2").StyleIndex = percentStyle;
            sheet.Worksheet.Save();
            workbook.WorkbookStylesPart.Stylesheet.Save();
        }

        stream.Position = 0;
        var import = ExcelScheduleReader.Read(stream, "percent.xlsx");

        Assert.True(import.Succeeded, string.Join("\n", import.Errors));
        Assert.Equal(30, import.Schedule!.Network.Activities[0].PercentComplete);
        Assert.Equal(3360, import.Schedule.Network.Activities[0].RemainingDurationMinutes);
    }

    [Fact]
    public void ComputedAndUnknownColumnsAreNotedAndNotRead()
    {
        var import = TestWorkbook.Import(["Activity code", "Name", "Duration", "Early start", "Total float", "Colour"], [["A1", "one", "1d", "2030-01-01", "5", "red"]]);

        Assert.True(import.Succeeded);
        var notes = import.Schedule!.Notes;
        Assert.Contains(notes, n => n.Kind == ImportNoteKind.Skipped && n.Message.Contains("Early start", StringComparison.Ordinal) && n.Message.Contains("Total float", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Kind == ImportNoteKind.Skipped && n.Record == "Activities!F1");
    }

    [Fact]
    public void ZeroDurationWithoutTypeIsAFinishMilestoneAndAMilestoneDurationIsDroppedWithANote()
    {
        var import = TestWorkbook.Import(["Activity code", "Name", "Duration", "Type"], [["M1", "done", "0", null], ["M2", "start", "2d", "开始里程碑"]]);

        Assert.Equal(ActivityType.FinishMilestone, import.Schedule!.Network.Activities[0].Type);
        Assert.Equal(ActivityType.StartMilestone, import.Schedule.Network.Activities[1].Type);
        Assert.Equal(0, import.Schedule.Network.Activities[1].OriginalDurationMinutes);
        Assert.Contains(import.Schedule.Notes, n => n.Record.Contains("M2", StringComparison.Ordinal));
    }

    [Fact]
    public void WbsSummaryRowsRollUpTheActivitiesBelowTheirCode()
    {
        var import = TestWorkbook.Import(["WBS", "Activity code", "Name", "Duration", "Type"],
        [
            ["1", "S1", "Civil", "0", "WBS summary"],
            ["1.2", "S12", "Foundations", "0", "WBS汇总"],
            ["1.2.3", "A1", "Piles", "5d", null],
            ["1.1", "A2", "Survey", "5d", null],
            ["2", "A3", "Elsewhere", "5d", null],
        ]);

        var parents = import.Schedule!.Network.Activities.ToDictionary(a => a.Id, a => a.ParentId);
        Assert.Equal(new Dictionary<string, string?> { ["S1"] = null, ["S12"] = "S1", ["A1"] = "S12", ["A2"] = "S1", ["A3"] = null }, parents);
    }

    [Fact]
    public void WithoutAProjectSheetTheEarliestStartIsTheProjectStart()
    {
        var import = TestWorkbook.Import(["Activity code", "Name", "Duration", "Planned start"], [["A1", "one", "1d", "2026-04-01"], ["A2", "two", "1d", "2026-03-30"]], withProjectSheet: false);

        Assert.Equal(new DateTime(2026, 3, 30, 8, 0, 0, DateTimeKind.Unspecified), import.Schedule!.Options.ProjectStart);
        Assert.Contains(import.Schedule.Notes, n => n.Kind == ImportNoteKind.Changed && n.Message.Contains("2026-03-30", StringComparison.Ordinal));
    }
}
