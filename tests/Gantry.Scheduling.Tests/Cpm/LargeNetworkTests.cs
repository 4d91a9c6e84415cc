using System.Globalization;
using Xunit;

namespace Gantry.Scheduling.Tests.Cpm;

/// <summary>
/// Networks above 50,000 links resolve their links in two halves on two threads; these check
/// that both halves land and that a bad link is reported as a single pass would report it.
/// </summary>
public class LargeNetworkTests
{
    private const int Predecessors = 60_000;

    private static readonly ScheduleOptions Options = new() { ProjectStart = new DateTime(2025, 1, 6, 8, 0, 0) };

    [Fact]
    public void HubWaitsForItsLongestPredecessorInTheSecondHalfOfTheLinks()
    {
        var result = Scheduler.Schedule(Hub(longest: Predecessors - 3), Options);

        // The week-long predecessor ends Friday 17:00, so the hub starts at Monday's first working minute.
        Assert.Equal(new DateTime(2025, 1, 10, 17, 0, 0), result["P59997"].EarlyFinish);
        Assert.Equal(new DateTime(2025, 1, 13, 8, 0, 0), result["Hub"].EarlyStart);
        Assert.Equal(["P59997"], result["Hub"].DrivingPredecessorIds);
    }

    [Fact]
    public void HubWaitsForItsLongestPredecessorInTheFirstHalfOfTheLinks()
    {
        var result = Scheduler.Schedule(Hub(longest: 2), Options);

        Assert.Equal(new DateTime(2025, 1, 10, 17, 0, 0), result["P2"].EarlyFinish);
        Assert.Equal(new DateTime(2025, 1, 13, 8, 0, 0), result["Hub"].EarlyStart);
        Assert.Equal(["P2"], result["Hub"].DrivingPredecessorIds);
    }

    [Fact]
    public void BadLinksInBothHalvesReportTheEarlierOne()
    {
        var network = Hub(longest: 0, ghosts: [(10, "GhostEarly"), (Predecessors - 10, "GhostLate")]);

        var error = Assert.Throws<ScheduleError>(() => Scheduler.Schedule(network, Options));

        Assert.Equal(ScheduleErrorKind.MissingActivity, error.Kind);
        Assert.Contains("GhostEarly", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadLinkInTheSecondHalfIsReported()
    {
        var network = Hub(longest: 0, ghosts: [(Predecessors - 10, "GhostLate")]);

        var error = Assert.Throws<ScheduleError>(() => Scheduler.Schedule(network, Options));

        Assert.Equal(ScheduleErrorKind.MissingActivity, error.Kind);
        Assert.Contains("GhostLate", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A hub after many one-hour predecessors, one of them a week long; ghosts replace link predecessors.</summary>
    private static ScheduleNetwork Hub(int longest, (int Position, string Id)[]? ghosts = null)
    {
        var activities = new List<ScheduleActivity>(Predecessors + 1);
        var links = new List<ScheduleRelationship>(Predecessors);
        for (var i = 0; i < Predecessors; i++)
        {
            var id = "P" + i.ToString(CultureInfo.InvariantCulture);
            activities.Add(new ScheduleActivity { Id = id, OriginalDurationMinutes = i == longest ? 5 * 480 : 60 });
            var ghost = ghosts?.FirstOrDefault(g => g.Position == i).Id;
            links.Add(new ScheduleRelationship { PredecessorId = ghost ?? id, SuccessorId = "Hub" });
        }

        activities.Add(new ScheduleActivity { Id = "Hub", OriginalDurationMinutes = 480 });
        return new ScheduleNetwork { Activities = activities, Relationships = links };
    }
}
