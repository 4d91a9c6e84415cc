using Xunit;
using static Gantry.Scheduling.Tests.Cpm.NetworkBuilder;

namespace Gantry.Scheduling.Tests.Cpm;

public class ConstraintTests
{
    private static ScheduleActivity Constrained(string id, double days, ConstraintType type, string? date, ConstraintType? secondType = null, string? secondDate = null) => new()
    {
        Id = id,
        OriginalDurationMinutes = (long)(days * Day),
        PrimaryConstraint = new ScheduleConstraint(type, date is null ? null : At(date)),
        SecondaryConstraint = secondType is { } t ? new ScheduleConstraint(t, At(secondDate!)) : default,
    };

    [Fact]
    public void StartNoEarlierThanDelaysTheEarlyStart()
    {
        var r = new NetworkBuilder().Add(Constrained("A", 2, ConstraintType.StartNoEarlierThan, "2024-01-10 08:00")).Schedule();

        ScheduleAssert.Early(r["A"], "2024-01-10 08:00", "2024-01-11 17:00");
    }

    [Fact]
    public void StartNoLaterThanThatLogicCannotMeetShowsNegativeFloat()
    {
        var r = new NetworkBuilder().Task("A", 5).Add(Constrained("B", 2, ConstraintType.StartNoLaterThan, "2024-01-10 08:00")).Link("A", "B").Schedule();

        ScheduleAssert.Dates(r["B"], "2024-01-15 08:00", "2024-01-16 17:00", "2024-01-10 08:00", "2024-01-11 17:00");
        ScheduleAssert.FloatDays(r["B"], -3, 0);
        Assert.Equal(-3 * Day, r["A"].TotalFloatMinutes);
        Assert.True(r["A"].Critical);
    }

    [Fact]
    public void FinishNoEarlierThanPushesTheFinish()
    {
        var r = new NetworkBuilder().Add(Constrained("A", 2, ConstraintType.FinishNoEarlierThan, "2024-01-12 17:00")).Schedule();

        ScheduleAssert.Early(r["A"], "2024-01-11 08:00", "2024-01-12 17:00");
    }

    [Fact]
    public void FinishNoLaterThanPullsTheLateFinish()
    {
        var r = new NetworkBuilder().Add(Constrained("A", 5, ConstraintType.FinishNoLaterThan, "2024-01-10 17:00")).Schedule();

        ScheduleAssert.Late(r["A"], "2024-01-04 08:00", "2024-01-10 17:00");
        Assert.Equal(-2 * Day, r["A"].TotalFloatMinutes);
    }

    [Fact]
    public void StartOnBindsBothTheEarlyAndTheLateStart()
    {
        var r = new NetworkBuilder().Task("Long", 5).Add(Constrained("A", 2, ConstraintType.StartOn, "2024-01-09 08:00")).Schedule();

        ScheduleAssert.Dates(r["A"], "2024-01-09 08:00", "2024-01-10 17:00", "2024-01-09 08:00", "2024-01-10 17:00");
    }

    [Fact]
    public void FinishOnBindsBothTheEarlyAndTheLateFinish()
    {
        var r = new NetworkBuilder().Task("Long", 5).Add(Constrained("A", 2, ConstraintType.FinishOn, "2024-01-10 17:00")).Schedule();

        ScheduleAssert.Dates(r["A"], "2024-01-09 08:00", "2024-01-10 17:00", "2024-01-09 08:00", "2024-01-10 17:00");
    }

    [Fact]
    public void MandatoryStartOverridesLogicAndPullsPredecessors()
    {
        var r = new NetworkBuilder().Task("A", 5).Add(Constrained("B", 1, ConstraintType.MandatoryStart, "2024-01-10 08:00")).Link("A", "B").Schedule();

        ScheduleAssert.Early(r["B"], "2024-01-10 08:00", "2024-01-10 17:00");
        ScheduleAssert.Late(r["A"], "2024-01-03 08:00", "2024-01-09 17:00");
        Assert.Equal(-3 * Day, r["A"].TotalFloatMinutes);
    }

    [Fact]
    public void MandatoryFinishFixesTheFinish()
    {
        var r = new NetworkBuilder().Task("A", 5).Add(Constrained("B", 1, ConstraintType.MandatoryFinish, "2024-01-10 17:00")).Link("A", "B").Schedule();

        ScheduleAssert.Dates(r["B"], "2024-01-10 08:00", "2024-01-10 17:00", "2024-01-10 08:00", "2024-01-10 17:00");
    }

    [Fact]
    public void AsLateAsPossibleSpendsItsFreeFloat()
    {
        var r = new NetworkBuilder().Task("Long", 5).Add(Constrained("A", 1, ConstraintType.AsLateAsPossible, null)).Task("B", 1).Link("A", "B").Schedule();

        // B follows A and has room to the project finish, but A may only move up to B's early start.
        ScheduleAssert.Early(r["A"], "2024-01-08 08:00", "2024-01-08 17:00");

        var alone = new NetworkBuilder().Task("Long", 5).Add(Constrained("A", 1, ConstraintType.AsLateAsPossible, null)).Schedule();
        ScheduleAssert.Early(alone["A"], "2024-01-12 08:00", "2024-01-12 17:00");
        ScheduleAssert.FloatDays(alone["A"], 0, 0);
    }

    [Fact]
    public void SecondaryConstraintAppliesAfterThePrimary()
    {
        var r = new NetworkBuilder()
            .Add(Constrained("A", 5, ConstraintType.StartNoEarlierThan, "2024-01-09 08:00", ConstraintType.FinishNoLaterThan, "2024-01-12 17:00"))
            .Schedule();

        ScheduleAssert.Early(r["A"], "2024-01-09 08:00", "2024-01-15 17:00");
        Assert.Equal(-1 * Day, r["A"].TotalFloatMinutes);
    }

    [Fact]
    public void ProjectMustFinishByGivesOpenEndsFloat()
    {
        var r = new NetworkBuilder().Task("A", 5).Schedule(configure: o => new ScheduleOptions { ProjectStart = o.ProjectStart, MustFinishBy = At("2024-01-19 17:00") });

        ScheduleAssert.Late(r["A"], "2024-01-15 08:00", "2024-01-19 17:00");
        ScheduleAssert.FloatDays(r["A"], 5, 0);
    }

    [Fact]
    public void DeadlinePullsTheLateFinishButNotTheEarlyDates()
    {
        var r = new NetworkBuilder().Add(new ScheduleActivity { Id = "A", OriginalDurationMinutes = 5 * Day, Deadline = At("2024-01-11 17:00") }).Schedule();

        ScheduleAssert.Dates(r["A"], "2024-01-08 08:00", "2024-01-12 17:00", "2024-01-05 08:00", "2024-01-11 17:00");
        Assert.Equal(-1 * Day, r["A"].TotalFloatMinutes);
    }

    [Fact]
    public void ConstraintWithoutItsDateIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ScheduleConstraint(ConstraintType.StartOn));
        Assert.Contains("StartOn", error.Message, StringComparison.Ordinal);
    }
}
