using Xunit;
using static Gantry.Scheduling.Tests.Cpm.NetworkBuilder;

namespace Gantry.Scheduling.Tests.Cpm;

/// <summary>
/// The passes place a plain task in one step (find the working instant, then add or subtract its
/// work). These pin that step where the instant is not working time, and beyond the few years
/// of calendar the engine unrolls first, on the standard calendar (08:00–12:00, 13:00–17:00).
/// </summary>
public class WorkingTimeStepTests
{
    private static ScheduleActivity Constrained(string id, double days, ConstraintType type, string date, ConstraintType? secondType = null, string? secondDate = null) => new()
    {
        Id = id,
        OriginalDurationMinutes = (long)(days * Day),
        PrimaryConstraint = new ScheduleConstraint(type, At(date)),
        SecondaryConstraint = secondType is { } t ? new ScheduleConstraint(t, At(secondDate!)) : default,
    };

    [Fact]
    public void StartOnASaturdayWaitsForMondayMorning()
    {
        var r = new NetworkBuilder().Add(Constrained("A", 2, ConstraintType.StartNoEarlierThan, "2024-01-13 10:00")).Schedule();

        ScheduleAssert.Dates(r["A"], "2024-01-15 08:00", "2024-01-16 17:00", "2024-01-15 08:00", "2024-01-16 17:00");
    }

    [Fact]
    public void StartInTheLunchBreakWaitsForTheAfternoonAndFinishesAtNoonNextDay()
    {
        var r = new NetworkBuilder().Add(Constrained("A", 1, ConstraintType.StartNoEarlierThan, "2024-01-10 12:30")).Schedule();

        ScheduleAssert.Early(r["A"], "2024-01-10 13:00", "2024-01-11 12:00");
    }

    [Fact]
    public void LateFinishOnASundayEndsFridayEvening()
    {
        var r = new NetworkBuilder().Task("Long", 10).Add(Constrained("A", 2, ConstraintType.FinishNoLaterThan, "2024-01-14 12:00")).Schedule();

        ScheduleAssert.Dates(r["A"], "2024-01-08 08:00", "2024-01-09 17:00", "2024-01-11 08:00", "2024-01-12 17:00");
        Assert.Equal(3 * Day, r["A"].TotalFloatMinutes);
    }

    [Fact]
    public void LateFinishInTheLunchBreakEndsAtNoonAndTheLateStartAtTheAfternoonBefore()
    {
        var r = new NetworkBuilder().Task("Long", 10).Add(Constrained("A", 1, ConstraintType.FinishNoLaterThan, "2024-01-10 12:30")).Schedule();

        ScheduleAssert.Late(r["A"], "2024-01-09 13:00", "2024-01-10 12:00");
    }

    [Fact]
    public void WorkYearsBeyondTheProjectStartIsPlacedOnItsOwnWorkingDays()
    {
        var r = new NetworkBuilder()
            .Add(Constrained("A", 3, ConstraintType.StartNoEarlierThan, "2031-03-03 08:00", ConstraintType.FinishNoLaterThan, "2031-03-08 12:00"))
            .Add(Constrained("Later", 1, ConstraintType.StartNoEarlierThan, "2031-03-10 08:00"))
            .Schedule();

        ScheduleAssert.Dates(r["A"], "2031-03-03 08:00", "2031-03-05 17:00", "2031-03-05 08:00", "2031-03-07 17:00");
        Assert.Equal(2 * Day, r["A"].TotalFloatMinutes);
        Assert.Equal(At("2031-03-10 17:00"), r.ProjectFinish);
    }
}
