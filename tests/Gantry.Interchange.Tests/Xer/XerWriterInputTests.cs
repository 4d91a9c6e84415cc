using System.Text;
using Gantry.Interchange.Xer;
using Gantry.Scheduling;
using Gantry.Scheduling.Calendars;
using Xunit;

namespace Gantry.Interchange.Tests.Xer;

/// <summary>
/// What the writer does with input P6 cannot hold as given: values with tabs and line breaks,
/// text outside Windows-1252, keys that are not numbers, a schedule with no calendar or WBS.
/// </summary>
public sealed class XerWriterInputTests
{
    [Fact]
    public void TabsAndLineBreaksInANameAreWrittenAsSpacesAndReported()
    {
        var schedule = Schedule(
            new ScheduleActivity { Id = "A1", Code = "A1", Name = "Pour\tslab\r\nlevel 2", OriginalDurationMinutes = 480 },
            new ScheduleActivity { Id = "A2", Code = "A2", Name = "Strike\nformwork", OriginalDurationMinutes = 960 });

        var (back, notes, _) = XerRoundTrip.Rewrite(schedule);

        Assert.Equal(["Pour slab level 2", "Strike formwork"], back.Schedule.Network.Activities.Select(a => a.Name));
        Assert.Equal([480L, 960L], back.Schedule.Network.Activities.Select(a => a.OriginalDurationMinutes));
        Assert.Equal(2, notes.Count(n => n.Kind == ImportNoteKind.Changed && n.Message.Contains("tabs and line breaks", StringComparison.Ordinal)));
        Assert.Contains(notes, n => n.Record == "TASK 1" && n.Message.StartsWith("field task_name", StringComparison.Ordinal));
    }

    [Fact]
    public void ChineseNamesAreKeptInUtf8()
    {
        var schedule = Schedule(new ScheduleActivity { Id = "1", Code = "JG-010", Name = "主体结构 第3层 混凝土浇筑", OriginalDurationMinutes = 2400 });

        var (back, notes, bytes) = XerRoundTrip.Rewrite(schedule, XerEncoding.Utf8);

        Assert.Equal("主体结构 第3层 混凝土浇筑", Assert.Single(back.Schedule.Network.Activities).Name);
        Assert.Empty(notes);
        Assert.Contains("主体结构", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void TextWindows1252CannotHoldIsAnErrorNamingTheRecordAndField()
    {
        var schedule = Schedule(new ScheduleActivity { Id = "7", Code = "A7", Name = "基础", OriginalDurationMinutes = 480 });

        var error = Assert.Throws<InterchangeException>(() => XerWriter.Write(schedule, new MemoryStream()));

        Assert.Equal("TASK 7", error.Record);
        Assert.Equal("task_name", error.Field);
        Assert.True(XerWriter.IsEncodingProblem(error));
    }

    [Fact]
    public void KeysThatAreNotNumbersGetFreshNumbersConsistentAcrossTables()
    {
        ScheduleActivity[] activities =
        [
            new() { Id = "A1010", Code = "A1010", OriginalDurationMinutes = 480, CalendarId = "six-day" },
            new() { Id = "A1020", Code = "A1020", OriginalDurationMinutes = 480, CalendarId = "six-day" },
            new() { Id = "5", Code = "A1030", OriginalDurationMinutes = 480 },
        ];
        ScheduleRelationship[] links =
        [
            new() { PredecessorId = "A1010", SuccessorId = "A1020", Lag = 120 },
            new() { PredecessorId = "A1020", SuccessorId = "5", Type = RelationshipType.StartToStart },
        ];
        var schedule = new DetailedSchedule(Imported(activities, links, [SixDay]), ScheduleDetails.None);

        var (back, _, _) = XerRoundTrip.Rewrite(schedule);

        var ids = back.Schedule.Network.Activities.ToDictionary(a => a.Code!, a => a.Id);
        Assert.Equal("5", ids["A1030"]);
        Assert.All(ids.Values, id => Assert.True(long.TryParse(id, out _)));
        Assert.Equal(3, ids.Values.Distinct().Count());
        var link = back.Schedule.Network.Relationships.Single(r => r.PredecessorId == ids["A1010"]);
        Assert.Equal(ids["A1020"], link.SuccessorId);
        Assert.Equal(120, link.Lag);
        var calendar = back.Schedule.Calendars[back.Schedule.Network.Activities[0].CalendarId!];
        Assert.Equal("Six day", calendar.Name);
        Assert.Equal(6, Enum.GetValues<DayOfWeek>().Count(d => calendar.WorkWeek!.PeriodsOn(d).Count > 0));
    }

    [Fact]
    public void AScheduleWithoutCalendarsWorksTheStandardWeekInTheXer()
    {
        var schedule = Schedule(new ScheduleActivity { Id = "1", OriginalDurationMinutes = 480 });

        var (back, _, _) = XerRoundTrip.Rewrite(schedule);

        var calendar = back.Schedule.Calendars[back.Schedule.Options.DefaultCalendarId!];
        Assert.Equal(WorkWeek.Standard.TotalMinutes, calendar.WorkWeek!.TotalMinutes);
        var result = Scheduler.Schedule(back.Schedule.Network, back.Schedule.Options);
        Assert.Equal(new DateTime(2026, 3, 2, 17, 0, 0), result.ProjectFinish);
    }

    [Fact]
    public void DottedWbsCodesBecomeAWbsTree()
    {
        var schedule = Schedule(
            new ScheduleActivity { Id = "1", OriginalDurationMinutes = 480 },
            new ScheduleActivity { Id = "2", OriginalDurationMinutes = 480 });
        schedule = schedule with
        {
            Details = new ScheduleDetails([new ActivityDetails { Id = "1", WbsCode = "1.2" }, new ActivityDetails { Id = "2", WbsCode = "1.3.1" }], false, false),
        };

        var (back, _, _) = XerRoundTrip.Rewrite(schedule);

        Assert.Equal("1.2", back.Details.For("1")!.WbsCode);
        Assert.Equal("1.3.1", back.Details.For("2")!.WbsCode);
        Assert.Equal(4, back.Details.WbsNodes.Count);
    }

    private static readonly CalendarDefinition SixDay = new()
    {
        Id = "six-day",
        Name = "Six day",
        WorkWeek = WorkWeek.Uniform([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday], [new WorkingPeriod(480, 1020)]),
        Exceptions = [CalendarException.NonWorking(new DateOnly(2026, 4, 6))],
    };

    private static DetailedSchedule Schedule(params ScheduleActivity[] activities) => new(Imported(activities, [], []), ScheduleDetails.None);

    private static ImportedSchedule Imported(IReadOnlyList<ScheduleActivity> activities, IReadOnlyList<ScheduleRelationship> links, IReadOnlyList<CalendarDefinition> calendars) => new()
    {
        Source = "test",
        Convention = SchedulingConvention.PrimaveraP6,
        WrittenBy = "test",
        Network = new ScheduleNetwork { Activities = activities, Relationships = links, Calendars = calendars },
        Options = new ScheduleOptions { ProjectStart = new DateTime(2026, 3, 2, 8, 0, 0) },
        Calendars = calendars.ToDictionary(c => c.Id, StringComparer.Ordinal),
        Stored = [],
        Notes = [],
    };
}
