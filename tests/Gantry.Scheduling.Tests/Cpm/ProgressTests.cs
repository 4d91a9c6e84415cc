using Xunit;
using static Gantry.Scheduling.Tests.Cpm.NetworkBuilder;

namespace Gantry.Scheduling.Tests.Cpm;

public class ProgressTests
{
    private static ScheduleOptions At(string projectStart, string dataDate, ProgressRule rule = ProgressRule.RetainedLogic) =>
        new() { ProjectStart = NetworkBuilder.At(projectStart), DataDate = NetworkBuilder.At(dataDate), ProgressRule = rule };

    [Fact]
    public void CompletedActivityHasNoFloatAndP6ShowsItsEarlyDatesAtTheDataDate()
    {
        var r = new NetworkBuilder()
            .Add(new ScheduleActivity { Id = "A", OriginalDurationMinutes = 2 * Day, ActualStart = NetworkBuilder.At("2024-01-08 08:00"), ActualFinish = NetworkBuilder.At("2024-01-09 17:00") })
            .Task("B", 2).Link("A", "B")
            .Schedule(configure: _ => At("2024-01-08 08:00", "2024-01-11 08:00"));

        ScheduleAssert.Early(r["A"], "2024-01-11 08:00", "2024-01-11 08:00");
        Assert.Null(r["A"].TotalFloatMinutes);
        Assert.False(r["A"].Critical);
        ScheduleAssert.Early(r["B"], "2024-01-11 08:00", "2024-01-12 17:00");
    }

    [Fact]
    public void MicrosoftProjectShowsTheActualDatesOfCompletedWork()
    {
        var r = new NetworkBuilder()
            .Add(new ScheduleActivity { Id = "A", OriginalDurationMinutes = 2 * Day, ActualStart = NetworkBuilder.At("2024-01-08 08:00"), ActualFinish = NetworkBuilder.At("2024-01-09 17:00") })
            .Schedule(configure: _ => new ScheduleOptions { ProjectStart = NetworkBuilder.At("2024-01-08 08:00"), DataDate = NetworkBuilder.At("2024-01-11 08:00"), Convention = SchedulingConvention.MicrosoftProject });

        ScheduleAssert.Early(r["A"], "2024-01-08 08:00", "2024-01-09 17:00");
    }

    [Fact]
    public void InProgressWorkResumesAtTheDataDate()
    {
        var r = new NetworkBuilder()
            .Add(new ScheduleActivity { Id = "A", OriginalDurationMinutes = 5 * Day, RemainingDurationMinutes = 2 * Day, ActualStart = NetworkBuilder.At("2024-01-08 08:00") })
            .Schedule(configure: _ => At("2024-01-08 08:00", "2024-01-13 00:00"));

        ScheduleAssert.Early(r["A"], "2024-01-15 08:00", "2024-01-16 17:00");
    }

    [Fact]
    public void RetainedLogicHoldsOutOfSequenceWorkBehindItsPredecessor()
    {
        var r = OutOfSequence(ProgressRule.RetainedLogic);

        ScheduleAssert.Early(r["A"], "2024-01-10 08:00", "2024-01-16 17:00");
        ScheduleAssert.Early(r["B"], "2024-01-17 08:00", "2024-01-18 17:00");
    }

    [Fact]
    public void ProgressOverrideLetsOutOfSequenceWorkContinueAtTheDataDate()
    {
        var r = OutOfSequence(ProgressRule.ProgressOverride);

        ScheduleAssert.Early(r["B"], "2024-01-10 08:00", "2024-01-11 17:00");
    }

    [Fact]
    public void SuspendedWorkResumesAtItsResumeDate()
    {
        var r = new NetworkBuilder()
            .Add(new ScheduleActivity
            {
                Id = "A",
                OriginalDurationMinutes = 3 * Day,
                RemainingDurationMinutes = 1 * Day,
                ActualStart = NetworkBuilder.At("2024-01-08 08:00"),
                SuspendDate = NetworkBuilder.At("2024-01-10 08:00"),
                ResumeDate = NetworkBuilder.At("2024-01-17 08:00"),
            })
            .Schedule(configure: _ => At("2024-01-08 08:00", "2024-01-11 08:00"));

        ScheduleAssert.Early(r["A"], "2024-01-17 08:00", "2024-01-17 17:00");
    }

    [Fact]
    public void ExpectedFinishSetsTheRemainingDurationWhenAsked()
    {
        var r = new NetworkBuilder()
            .Add(new ScheduleActivity { Id = "A", OriginalDurationMinutes = 5 * Day, RemainingDurationMinutes = 1 * Day, ActualStart = NetworkBuilder.At("2024-01-08 08:00"), ExpectedFinish = NetworkBuilder.At("2024-01-12 17:00") })
            .Schedule(configure: _ => new ScheduleOptions { ProjectStart = NetworkBuilder.At("2024-01-08 08:00"), DataDate = NetworkBuilder.At("2024-01-10 08:00"), UseExpectedFinish = true });

        ScheduleAssert.Early(r["A"], "2024-01-10 08:00", "2024-01-12 17:00");
    }

    /// <summary>B started before its predecessor A even began; the data date is Wednesday.</summary>
    private static ScheduleResult OutOfSequence(ProgressRule rule) => new NetworkBuilder()
        .Task("A", 5)
        .Add(new ScheduleActivity { Id = "B", OriginalDurationMinutes = 3 * Day, RemainingDurationMinutes = 2 * Day, ActualStart = NetworkBuilder.At("2024-01-09 08:00") })
        .Link("A", "B")
        .Schedule(configure: _ => At("2024-01-08 08:00", "2024-01-10 08:00", rule));
}
