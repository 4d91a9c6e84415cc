using Xunit;

namespace Gantry.Scheduling.Tests.Cpm;

/// <summary>How P6 reports float and late dates around progress (expected finishes, completed work).</summary>
public class P6ProgressFloatTests
{
    [Fact]
    public void ExpectedFinishLeavesAnActivityWithoutFreeFloat()
    {
        var withExpectedFinish = InProgressOpenEnd(useExpectedFinish: true);
        var withoutOption = InProgressOpenEnd(useExpectedFinish: false);

        Assert.Equal(0, withExpectedFinish["A"].FreeFloatMinutes);
        Assert.True(withoutOption["A"].FreeFloatMinutes > 0, "without the option the open end keeps its room to the project finish");
    }

    [Fact]
    public void LagElapsedBeforeTheDataDateDoesNotPullACompletedActivitysLateFinishBack()
    {
        // A finished Tuesday 17:00; three of the five lag days ran before the data date (Monday).
        var r = new NetworkBuilder()
            .Add(new ScheduleActivity { Id = "A", OriginalDurationMinutes = 2 * NetworkBuilder.Day, ActualStart = NetworkBuilder.At("2024-01-08 08:00"), ActualFinish = NetworkBuilder.At("2024-01-09 17:00") })
            .Task("B", 2)
            .Link("A", "B", lagDays: 5)
            .Schedule(configure: _ => new ScheduleOptions { ProjectStart = NetworkBuilder.At("2024-01-08 08:00"), DataDate = NetworkBuilder.At("2024-01-15 08:00") });

        ScheduleAssert.Dates(r["B"], "2024-01-17 08:00", "2024-01-18 17:00", "2024-01-17 08:00", "2024-01-18 17:00");

        // Two days of lag remain before B's late start, not five; completed work sits at the instant
        // its successor needs it (P6 writes it as a start, like 55604 in the HS2 oracle file).
        ScheduleAssert.Late(r["A"], "2024-01-15 08:00", "2024-01-15 08:00");
    }

    private static ScheduleResult InProgressOpenEnd(bool useExpectedFinish) => new NetworkBuilder()
        .Add(new ScheduleActivity { Id = "A", OriginalDurationMinutes = 5 * NetworkBuilder.Day, RemainingDurationMinutes = 1 * NetworkBuilder.Day, ActualStart = NetworkBuilder.At("2024-01-08 08:00"), ExpectedFinish = NetworkBuilder.At("2024-01-12 17:00") })
        .Task("C", 10)
        .Schedule(configure: _ => new ScheduleOptions { ProjectStart = NetworkBuilder.At("2024-01-08 08:00"), DataDate = NetworkBuilder.At("2024-01-10 08:00"), UseExpectedFinish = useExpectedFinish });
}
