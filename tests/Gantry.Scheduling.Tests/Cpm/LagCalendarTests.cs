using Gantry.Scheduling.Calendars;
using Xunit;
using static Gantry.Scheduling.Tests.Cpm.NetworkBuilder;

namespace Gantry.Scheduling.Tests.Cpm;

/// <summary>
/// A works a seven-day week and finishes Friday 17:00; B works the standard week and follows A
/// with two days of lag. Which calendar counts the lag decides whether the weekend counts.
/// </summary>
public class LagCalendarTests
{
    [Theory]
    [InlineData(LagCalendarRule.Predecessor, "2024-01-15 08:00")]
    [InlineData(LagCalendarRule.Successor, "2024-01-17 08:00")]
    [InlineData(LagCalendarRule.ProjectDefault, "2024-01-17 08:00")]
    [InlineData(LagCalendarRule.TwentyFourHour, "2024-01-15 08:00")]
    public void FinishToStartLagUsesTheCalendarTheOptionNames(LagCalendarRule rule, string successorStart)
    {
        var r = new NetworkBuilder()
            .StandardCalendar("standard")
            .Calendar(new CalendarDefinition
            {
                Id = "sevenday",
                WorkWeek = WorkWeek.Uniform(Enum.GetValues<DayOfWeek>(), [new WorkingPeriod(480, 720), new WorkingPeriod(780, 1020)]),
            })
            .Task("A", 5, "sevenday").Task("B", 1, "standard").Link("A", "B", lagDays: 2)
            .Schedule(configure: o => new ScheduleOptions { ProjectStart = o.ProjectStart, DefaultCalendarId = "standard", LagCalendar = rule });

        ScheduleAssert.Early(r["A"], "2024-01-08 08:00", "2024-01-12 17:00");
        Assert.Equal(At(successorStart), r["B"].EarlyStart);
    }

    [Fact]
    public void OpenEndedActivitiesBecomeCriticalWhenAsked()
    {
        NetworkBuilder Build() => new NetworkBuilder().Task("A", 2).Task("B", 5);

        var normal = Build().Schedule();
        var strict = Build().Schedule(configure: o => new ScheduleOptions { ProjectStart = o.ProjectStart, MakeOpenEndedActivitiesCritical = true });

        Assert.Equal((3 * Day, false), (normal["A"].TotalFloatMinutes, normal["A"].Critical));
        Assert.Equal((0L, true), (strict["A"].TotalFloatMinutes, strict["A"].Critical));
    }
}
