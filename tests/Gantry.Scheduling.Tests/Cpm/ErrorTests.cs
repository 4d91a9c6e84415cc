using Gantry.Scheduling.Calendars;
using Xunit;
using static Gantry.Scheduling.Tests.Cpm.NetworkBuilder;

namespace Gantry.Scheduling.Tests.Cpm;

public class ErrorTests
{
    [Fact]
    public void LoopIsReportedWithItsActivitiesInLinkOrder()
    {
        var builder = new NetworkBuilder().Task("Start", 1).Task("A", 1).Task("B", 1).Task("C", 1).Task("End", 1)
            .Link("Start", "A").Link("A", "B").Link("B", "C").Link("C", "A").Link("C", "End");

        var error = Assert.Throws<ScheduleError>(() => builder.Schedule());

        Assert.Equal(ScheduleErrorKind.Loop, error.Kind);
        var loop = error.ActivityIds.ToList();
        var first = loop.IndexOf("A");
        Assert.Equal(["A", "B", "C"], loop.Skip(first).Concat(loop.Take(first)));
        Assert.Contains(string.Join(" -> ", loop) + " -> " + loop[0], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SelfLinkIsALoop()
    {
        var error = Assert.Throws<ScheduleError>(() => new NetworkBuilder().Task("A", 1).Link("A", "A").Schedule());

        Assert.Equal(ScheduleErrorKind.Loop, error.Kind);
        Assert.Equal(["A"], error.ActivityIds);
    }

    [Fact]
    public void LinkToAMissingActivityNamesIt()
    {
        var error = Assert.Throws<ScheduleError>(() => new NetworkBuilder().Task("A", 1).Link("A", "Ghost").Schedule());

        Assert.Equal(ScheduleErrorKind.MissingActivity, error.Kind);
        Assert.Contains("Ghost", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingCalendarNamesTheActivityAndTheCalendar()
    {
        var error = Assert.Throws<ScheduleError>(() => new NetworkBuilder().Task("A", 1, calendar: "nights").Schedule());

        Assert.Equal(ScheduleErrorKind.MissingCalendar, error.Kind);
        Assert.Equal(["A"], error.ActivityIds);
        Assert.Contains("nights", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarWithoutWorkIsRefused()
    {
        var idle = new CalendarDefinition { Id = "idle", WorkWeek = new WorkWeek(new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>()) };

        var error = Assert.Throws<ScheduleError>(() => new NetworkBuilder().Calendar(idle).Task("A", 1).Schedule());

        Assert.Equal(ScheduleErrorKind.CalendarWithoutWork, error.Kind);
        Assert.Contains("idle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateOutsideTheSupportedRangeNamesTheField()
    {
        var builder = new NetworkBuilder().Add(new ScheduleActivity { Id = "A", OriginalDurationMinutes = Day, ActualStart = new DateTime(1850, 1, 1) });

        var error = Assert.Throws<ScheduleError>(() => builder.Schedule());

        Assert.Equal(ScheduleErrorKind.DateOutOfRange, error.Kind);
        Assert.Contains("ActualStart", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DurationRunningPastTheSupportedRangeIsAClearError()
    {
        var builder = new NetworkBuilder().Task("A", 200 * 260);

        var error = Assert.Throws<ScheduleError>(() => builder.Schedule());

        Assert.Equal(ScheduleErrorKind.DateOutOfRange, error.Kind);
    }

    [Fact]
    public void DuplicateActivityIdIsRefused()
    {
        var error = Assert.Throws<ScheduleError>(() => new NetworkBuilder().Task("A", 1).Task("A", 2).Schedule());

        Assert.Equal(ScheduleErrorKind.InvalidInput, error.Kind);
        Assert.Equal(["A"], error.ActivityIds);
    }

    [Fact]
    public void NegativeDurationIsRefused()
    {
        var error = Assert.Throws<ScheduleError>(() => new NetworkBuilder().Add(new ScheduleActivity { Id = "A", OriginalDurationMinutes = -5 }).Schedule());

        Assert.Contains("negative duration", error.Message, StringComparison.Ordinal);
    }
}
