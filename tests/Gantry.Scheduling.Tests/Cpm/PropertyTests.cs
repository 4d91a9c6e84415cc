using Gantry.Scheduling.Calendars;
using Xunit;

namespace Gantry.Scheduling.Tests.Cpm;

public class PropertyTests
{
    private static readonly ScheduleOptions Options = new() { ProjectStart = new DateTime(2024, 1, 8, 8, 0, 0) };
    private static readonly WorkCalendar Standard = WorkCalendar.Compile(new CalendarDefinition { Id = "standard", WorkWeek = WorkWeek.Standard });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ResultsDoNotDependOnTheOrderOfActivitiesAndLinks(int seed)
    {
        var network = RandomNetwork.Build(seed, 400, constraints: true);

        var first = Scheduler.Schedule(network, Options);
        var second = Scheduler.Schedule(RandomNetwork.Shuffled(network, seed + 100), Options);

        foreach (var a in first.Activities)
        {
            var b = second[a.Id];
            Assert.Equal(
                (a.EarlyStart, a.EarlyFinish, a.LateStart, a.LateFinish, a.TotalFloatMinutes, a.FreeFloatMinutes, a.OnLongestPath),
                (b.EarlyStart, b.EarlyFinish, b.LateStart, b.LateFinish, b.TotalFloatMinutes, b.FreeFloatMinutes, b.OnLongestPath));
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void EarlyDatesNeverFollowLateDatesInWorkingTimeWithoutConstraints(int seed)
    {
        var result = Scheduler.Schedule(RandomNetwork.Build(seed, 500, constraints: false), Options);

        Assert.All(result.Activities, a =>
        {
            // Friday 17:00 and Monday 08:00 are the same working instant, so compare working time.
            Assert.True(Standard.WorkBetween(a.EarlyStart, a.LateStart) >= 0, $"{a.Id}: ES {a.EarlyStart} after LS {a.LateStart}");
            Assert.True(Standard.WorkBetween(a.EarlyFinish, a.LateFinish) >= 0, $"{a.Id}: EF {a.EarlyFinish} after LF {a.LateFinish}");
            Assert.True(a.TotalFloatMinutes >= 0, $"{a.Id}: negative float {a.TotalFloatMinutes}");
        });
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    public void LongestPathOfAnUnconstrainedNetworkHasZeroFloat(int seed)
    {
        var result = Scheduler.Schedule(RandomNetwork.Build(seed, 500, constraints: false), Options);

        Assert.NotEmpty(result.LongestPath);
        Assert.All(result.LongestPath, id => Assert.Equal(0, result[id].TotalFloatMinutes));
    }

    [Fact]
    public void HundredThousandLongChainSchedulesWithoutStackOverflow()
    {
        const int count = 100_000;
        var activities = Enumerable.Range(0, count).Select(i => new ScheduleActivity { Id = "C" + i, OriginalDurationMinutes = 60 }).ToList();
        var links = Enumerable.Range(1, count - 1).Select(i => new ScheduleRelationship { PredecessorId = "C" + (i - 1), SuccessorId = "C" + i }).ToList();

        var result = Scheduler.Schedule(new ScheduleNetwork { Activities = activities, Relationships = links }, Options);

        // 100,000 hours of work at 8 hours a day, 5 days a week: 12,500 working days.
        Assert.Equal(new DateTime(2071, 12, 4, 17, 0, 0), result["C99999"].EarlyFinish);
        Assert.Equal(count, result.LongestPath.Count);
    }

    [Fact]
    public void HubWithTenThousandPredecessorsSchedulesAndKnowsItsDriver()
    {
        const int count = 10_000;
        var activities = Enumerable.Range(0, count).Select(i => new ScheduleActivity { Id = "P" + i, OriginalDurationMinutes = 60 * (1 + (i % 40)) }).ToList();
        activities.Add(new ScheduleActivity { Id = "Hub", OriginalDurationMinutes = 480 });
        var links = Enumerable.Range(0, count).Select(i => new ScheduleRelationship { PredecessorId = "P" + i, SuccessorId = "Hub" }).ToList();

        var result = Scheduler.Schedule(new ScheduleNetwork { Activities = activities, Relationships = links }, Options);

        Assert.Equal(new DateTime(2024, 1, 15, 8, 0, 0), result["Hub"].EarlyStart);
        Assert.Equal(count / 40, result["Hub"].DrivingPredecessorIds.Count);
    }
}
