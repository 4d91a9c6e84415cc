using Xunit;
using static Gantry.Scheduling.Tests.Cpm.NetworkBuilder;

namespace Gantry.Scheduling.Tests.Cpm;

public class FloatAndPathTests
{
    /// <summary>A 2d and B 4d both lead into C 1d; D 1d hangs off A.</summary>
    private static NetworkBuilder Diamond() => new NetworkBuilder()
        .Task("A", 2).Task("B", 4).Task("C", 1).Task("D", 1)
        .Link("A", "C").Link("B", "C").Link("A", "D");

    [Fact]
    public void FreeFloatIsTheRoomBeforeTheEarliestSuccessor()
    {
        var r = Diamond().Schedule();

        ScheduleAssert.FloatDays(r["A"], 2, 0);
        ScheduleAssert.FloatDays(r["D"], 2, 2);
        ScheduleAssert.FloatDays(r["B"], 0, 0);
    }

    [Fact]
    public void DrivingPredecessorIsTheOneThatSetsTheStart()
    {
        var r = Diamond().Schedule();

        Assert.Equal(["B"], r["C"].DrivingPredecessorIds);
        Assert.Equal(["A"], r["D"].DrivingPredecessorIds);
    }

    [Fact]
    public void LongestPathRunsThroughDrivingLinksIntoTheProjectFinish()
    {
        var r = Diamond().Schedule();

        Assert.Equal(["B", "C"], r.LongestPath);
        Assert.True(r["B"].OnLongestPath);
        Assert.False(r["A"].OnLongestPath);
        Assert.Equal(At("2024-01-12 17:00"), r.ProjectFinish);
    }

    [Fact]
    public void CriticalByThresholdIncludesActivitiesWithLittleFloat()
    {
        var r = Diamond().Task("E", 1).Schedule(configure: o => new ScheduleOptions { ProjectStart = o.ProjectStart, CriticalFloatThresholdMinutes = 2 * Day });

        Assert.True(r["A"].Critical);
        Assert.False(r["E"].Critical);
    }

    [Fact]
    public void CriticalByLongestPathIgnoresFloat()
    {
        var r = Diamond().Schedule(configure: o => new ScheduleOptions { ProjectStart = o.ProjectStart, CriticalByLongestPath = true });

        Assert.Equal(["B", "C"], r.Activities.Where(a => a.Critical).Select(a => a.Id));
    }

    [Fact]
    public void StartFloatMeasuresFromTheStartsAndSmallestTakesTheLess()
    {
        // A two-day elapsed cure starting on Friday finishes on Sunday: its finish float counts
        // from the weekend, its start float from Friday, so they differ by a working day.
        NetworkBuilder Build() => new NetworkBuilder()
            .Task("Long", 10)
            .Add(new ScheduleActivity { Id = "Cure", OriginalDurationMinutes = 2 * 1440, ElapsedDuration = true });
        ScheduleOptions With(FloatType type) => new() { ProjectStart = At("2024-01-12 08:00"), FloatType = type };

        var finish = Build().Schedule(configure: _ => With(FloatType.Finish))["Cure"].TotalFloatMinutes;
        var start = Build().Schedule(configure: _ => With(FloatType.Start))["Cure"].TotalFloatMinutes;
        var smallest = Build().Schedule(configure: _ => With(FloatType.Smallest))["Cure"].TotalFloatMinutes;

        Assert.Equal((9 * Day, 8 * Day), (finish, start));
        Assert.Equal(Math.Min(finish!.Value, start!.Value), smallest);
    }

    [Fact]
    public void FloatPathsNumberTheCriticalChainFirstThenTheNext()
    {
        var r = Diamond().Schedule(configure: o => new ScheduleOptions { ProjectStart = o.ProjectStart, FloatPathCount = 10 });

        Assert.Equal((1, 1), (r["B"].FloatPath, r["B"].FloatPathOrder));
        Assert.Equal((1, 2), (r["C"].FloatPath, r["C"].FloatPathOrder));
        Assert.Equal(2, r["A"].FloatPath);
        Assert.Equal(r["A"].FloatPath, r["D"].FloatPath);
    }

    [Fact]
    public void FloatPathsStopAtTheRequestedCount()
    {
        var r = Diamond().Schedule(configure: o => new ScheduleOptions { ProjectStart = o.ProjectStart, FloatPathCount = 1 });

        Assert.Equal(0, r["A"].FloatPath);
        Assert.Equal(1, r["B"].FloatPath);
    }
}
