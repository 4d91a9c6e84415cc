using Xunit;
using static Gantry.Scheduling.Tests.Cpm.NetworkBuilder;

namespace Gantry.Scheduling.Tests.Cpm;

/// <summary>
/// The engine takes activities in the order they are listed whenever the logic allows it, and
/// places one listed too early as soon as its last predecessor is placed. These pin the cases
/// where the list and the logic disagree.
/// </summary>
public class LogicOrderTests
{
    [Fact]
    public void ChainListedBackwardsIsScheduledInLogicOrder()
    {
        var result = new NetworkBuilder().Task("D", 1).Task("C", 2).Task("B", 1).Task("A", 1)
            .Link("A", "B").Link("B", "C").Link("C", "D")
            .Schedule();

        // A Monday, B Tuesday, C Wednesday and Thursday, D Friday.
        Assert.Equal(At("2024-01-12 08:00"), result["D"].EarlyStart);
        Assert.Equal(At("2024-01-12 17:00"), result["D"].EarlyFinish);
        Assert.Equal(["A", "B", "C", "D"], result.LongestPath);
    }

    [Fact]
    public void ActivityListedBetweenItsPredecessorsWaitsForTheLaterListedOne()
    {
        // "Join" is reached by the scan before "Late", one of its predecessors, is placed.
        var result = new NetworkBuilder().Task("Early", 1).Task("Join", 1).Task("Late", 3).Task("After", 1)
            .Link("Early", "Join").Link("Late", "Join").Link("Join", "After")
            .Schedule();

        // Late runs Monday to Wednesday, so Join starts Thursday and Early keeps two days of float.
        Assert.Equal(At("2024-01-11 08:00"), result["Join"].EarlyStart);
        Assert.Equal(At("2024-01-12 08:00"), result["After"].EarlyStart);
        Assert.Equal(["Late"], result["Join"].DrivingPredecessorIds);
        Assert.Equal(2 * Day, result["Early"].TotalFloatMinutes);
    }

    [Fact]
    public void LoopAmongActivitiesListedBeforeTheirPredecessorsIsReported()
    {
        var builder = new NetworkBuilder().Task("C", 1).Task("B", 1).Task("A", 1).Task("Start", 1)
            .Link("Start", "A").Link("A", "B").Link("B", "C").Link("C", "A");

        var error = Assert.Throws<ScheduleError>(() => builder.Schedule());

        Assert.Equal(ScheduleErrorKind.Loop, error.Kind);
        var loop = error.ActivityIds.ToList();
        var first = loop.IndexOf("A");
        Assert.Equal(["A", "B", "C"], loop.Skip(first).Concat(loop.Take(first)));
    }
}
