using Xunit;
using static Gantry.Scheduling.Tests.Cpm.NetworkBuilder;

namespace Gantry.Scheduling.Tests.Cpm;

/// <summary>
/// P6's total float of an as-late-as-possible activity that cannot move (its successor starts
/// where it finishes): counted in day positions, from the early finish it would have without the
/// remaining work of activities reported 100 % physically complete. The project starts Monday
/// 2024-01-08 08:00 on the standard week (08:00-12:00, 13:00-17:00).
/// </summary>
public class UndelayedAsLateAsPossibleFloatTests
{
    private const int Hour = 60;

    private static ScheduleActivity AsLateAsPossible(string id, double days) => new()
    {
        Id = id,
        OriginalDurationMinutes = (long)(days * Day),
        PrimaryConstraint = new ScheduleConstraint(ConstraintType.AsLateAsPossible),
    };

    private static ScheduleOptions FromWednesday(ScheduleOptions o) => new() { ProjectStart = o.ProjectStart, DataDate = At("2024-01-10 08:00") };

    /// <summary>P runs Monday and Tuesday and has two days left at the data date (Wednesday).</summary>
    private static NetworkBuilder AfterWorkInProgress(double percentComplete) => new NetworkBuilder()
        .Add(new ScheduleActivity { Id = "P", OriginalDurationMinutes = 4 * Day, RemainingDurationMinutes = 2 * Day, ActualStart = At("2024-01-08 08:00"), PercentComplete = percentComplete })
        .Add(AsLateAsPossible("A", 1)).Task("B", 1).Task("Long", 10)
        .Link("P", "A").Link("A", "B");

    [Fact]
    public void UndelayedAsLateAsPossibleFloatCountsSixteenHundredAsAFullDay()
    {
        // Lead ends Monday 16:00, so A runs to Tuesday 16:00 and B, which cannot start earlier,
        // to Wednesday 16:00; Long sets the project finish at Friday 17:00.
        var r = new NetworkBuilder()
            .Add(new ScheduleActivity { Id = "Lead", OriginalDurationMinutes = 7 * Hour })
            .Add(AsLateAsPossible("A", 1)).Task("B", 1).Task("Long", 5)
            .Link("Lead", "A").Link("A", "B")
            .Schedule();

        ScheduleAssert.Early(r["A"], "2024-01-08 16:00", "2024-01-09 16:00");
        Assert.Equal(At("2024-01-11 17:00"), r["A"].LateFinish);

        // 17 working hours lie between Tuesday 16:00 and Thursday 17:00, but 16:00 is already
        // 8 hours after Tuesday's first working minute: P6 counts the two whole days only.
        Assert.Equal(16 * Hour, r["A"].TotalFloatMinutes);
        Assert.Equal(17 * Hour, r["B"].TotalFloatMinutes);
    }

    [Fact]
    public void UndelayedAsLateAsPossibleFloatCountsTheHoursBeforeLunchAsWorked()
    {
        // A's late finish is pulled to Thursday 10:00 by B's latest start; its early finish stays Tuesday 16:00.
        var r = new NetworkBuilder()
            .Add(new ScheduleActivity { Id = "Lead", OriginalDurationMinutes = 7 * Hour })
            .Add(AsLateAsPossible("A", 1))
            .Add(new ScheduleActivity { Id = "B", OriginalDurationMinutes = Day, PrimaryConstraint = new ScheduleConstraint(ConstraintType.StartNoLaterThan, At("2024-01-11 10:00")) })
            .Task("Long", 5)
            .Link("Lead", "A").Link("A", "B")
            .Schedule();

        Assert.Equal(At("2024-01-11 10:00"), r["A"].LateFinish);

        // Tuesday 16:00 is a full day, Thursday 10:00 two hours into it: one day and two hours.
        Assert.Equal(10 * Hour, r["A"].TotalFloatMinutes);
    }

    [Fact]
    public void UndelayedAsLateAsPossibleFloatRunsFromTheFinishWithoutPhysicallyCompleteRemainingWork()
    {
        var r = AfterWorkInProgress(percentComplete: 100).Schedule(configure: FromWednesday);

        // P still ends Thursday 17:00, A Friday 17:00, and B cannot start before Monday.
        ScheduleAssert.Early(r["A"], "2024-01-12 08:00", "2024-01-12 17:00");
        Assert.Equal(At("2024-01-22 17:00"), r["A"].LateFinish);

        // P reports its work done: without its two days A would finish Wednesday 17:00, and P6
        // counts A's float from there, eight days rather than the six after Friday.
        Assert.Equal(8 * Day, r["A"].TotalFloatMinutes);
        Assert.Equal(6 * Day, r["B"].TotalFloatMinutes);
    }

    [Fact]
    public void UndelayedAsLateAsPossibleFloatCountsTheRemainingWorkOfUnfinishedActivities()
    {
        var r = AfterWorkInProgress(percentComplete: 50).Schedule(configure: FromWednesday);

        Assert.Equal(6 * Day, r["A"].TotalFloatMinutes);
    }

    [Fact]
    public void DelayedAsLateAsPossibleFloatIsTheWorkToItsLateFinish()
    {
        // Wait holds B until Wednesday 16:00, so A moves from Tuesday 16:00 up to it.
        var r = new NetworkBuilder()
            .Add(new ScheduleActivity { Id = "Lead", OriginalDurationMinutes = 7 * Hour })
            .Add(AsLateAsPossible("A", 1))
            .Add(new ScheduleActivity { Id = "Wait", OriginalDurationMinutes = 23 * Hour })
            .Task("B", 1).Task("Long", 5)
            .Link("Lead", "A").Link("A", "B").Link("Wait", "B")
            .Schedule();

        ScheduleAssert.Early(r["A"], "2024-01-09 16:00", "2024-01-10 16:00");
        Assert.Equal(At("2024-01-11 17:00"), r["A"].LateFinish);
        Assert.Equal(9 * Hour, r["A"].TotalFloatMinutes);
    }

    [Fact]
    public void SessionEditGivesTheFloatOfAFullRescheduleAfterPhysicallyCompleteWork()
    {
        var network = AfterWorkInProgress(percentComplete: 100);
        var options = FromWednesday(new ScheduleOptions { ProjectStart = At("2024-01-08 08:00") });
        var session = new ScheduleSession(network.Build(), options);

        session.SetDuration("Long", 12 * Day);

        var full = AfterWorkInProgress(percentComplete: 100);
        var edited = full.Build();
        var longer = edited.Activities.Select(a => a.Id == "Long" ? new ScheduleActivity { Id = "Long", OriginalDurationMinutes = 12 * Day } : a).ToList();
        var expected = Scheduler.Schedule(new ScheduleNetwork { Activities = longer, Relationships = edited.Relationships }, options);
        Assert.Equal(expected["A"].TotalFloatMinutes, session["A"].TotalFloatMinutes);
        Assert.Equal(10 * Day, session["A"].TotalFloatMinutes);
    }
}
