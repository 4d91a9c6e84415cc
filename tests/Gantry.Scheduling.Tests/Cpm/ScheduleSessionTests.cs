using Xunit;

namespace Gantry.Scheduling.Tests.Cpm;

public class ScheduleSessionTests
{
    private static readonly ScheduleOptions Options = new() { ProjectStart = new DateTime(2024, 1, 8, 8, 0, 0) };

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void RandomEditsGiveTheSameResultsAsAFullReschedule(int seed)
    {
        var network = RandomNetwork.Build(seed, 300, constraints: true);
        var activities = network.Activities.ToList();
        var links = network.Relationships.ToList();
        var session = new ScheduleSession(network, Options);
        var random = new Random(seed);

        for (var edit = 0; edit < 40; edit++)
        {
            if (random.Next(2) == 0)
            {
                var i = random.Next(activities.Count);
                var old = activities[i];
                if (old.IsMilestone)
                {
                    continue;
                }

                var minutes = 60L * random.Next(0, 120);
                activities[i] = new ScheduleActivity { Id = old.Id, Type = old.Type, OriginalDurationMinutes = minutes, PrimaryConstraint = old.PrimaryConstraint };
                session.SetDuration(old.Id, minutes);
            }
            else
            {
                var l = random.Next(links.Count);
                var old = links[l];
                var type = (RelationshipType)random.Next(4);
                var lag = 60.0 * random.Next(-16, 40);
                links[l] = new ScheduleRelationship { PredecessorId = old.PredecessorId, SuccessorId = old.SuccessorId, Type = type, Lag = lag };
                if (links.Count(x => x.PredecessorId == old.PredecessorId && x.SuccessorId == old.SuccessorId) > 1)
                {
                    // Parallel links between the same pair: the session edits the first; keep the test's copy in step.
                    links[l] = old;
                    continue;
                }

                session.SetRelationship(old.PredecessorId, old.SuccessorId, type, lag);
            }

            var full = Scheduler.Schedule(new ScheduleNetwork { Activities = activities, Relationships = links }, Options);
            var incremental = session.Result();
            Assert.Equal(full.ProjectFinish, incremental.ProjectFinish);
            Assert.Equal(full.LongestPath, incremental.LongestPath);
            foreach (var a in full.Activities)
            {
                var b = incremental[a.Id];
                Assert.Equal(
                    (a.Id, a.EarlyStart, a.EarlyFinish, a.LateStart, a.LateFinish, a.TotalFloatMinutes, a.FreeFloatMinutes, a.Critical),
                    (b.Id, b.EarlyStart, b.EarlyFinish, b.LateStart, b.LateFinish, b.TotalFloatMinutes, b.FreeFloatMinutes, b.Critical));
                Assert.Equal(a.DrivingPredecessorIds, b.DrivingPredecessorIds);
            }
        }
    }

    [Fact]
    public void EditOffTheCriticalPathRecomputesOnlyItsCone()
    {
        var activities = Enumerable.Range(0, 1000).Select(i => new ScheduleActivity { Id = "C" + i, OriginalDurationMinutes = 480 }).ToList();
        activities.Add(new ScheduleActivity { Id = "Side", OriginalDurationMinutes = 480 });
        var links = Enumerable.Range(1, 999).Select(i => new ScheduleRelationship { PredecessorId = "C" + (i - 1), SuccessorId = "C" + i }).ToList();
        links.Add(new ScheduleRelationship { PredecessorId = "C0", SuccessorId = "Side" });
        var session = new ScheduleSession(new ScheduleNetwork { Activities = activities, Relationships = links }, Options);

        session.SetDuration("Side", 960);

        Assert.True(session.LastRecomputedCount <= 4, $"recomputed {session.LastRecomputedCount}");
        Assert.Equal(new DateTime(2024, 1, 10, 17, 0, 0), session["Side"].EarlyFinish);
    }

    [Fact]
    public void ResultTakenBeforeAnEditKeepsItsDates()
    {
        var session = new ScheduleSession(new NetworkBuilder().Task("A", 2).Build(), Options);
        var before = session.Result();

        session.SetDuration("A", 5 * NetworkBuilder.Day);

        Assert.Equal(new DateTime(2024, 1, 9, 17, 0, 0), before["A"].EarlyFinish);
        Assert.Equal(new DateTime(2024, 1, 12, 17, 0, 0), session["A"].EarlyFinish);
    }

    [Fact]
    public void EditOfAnUnknownLinkIsAClearError()
    {
        var session = new ScheduleSession(new NetworkBuilder().Task("A", 2).Task("B", 1).Build(), Options);

        var error = Assert.Throws<ScheduleError>(() => session.SetRelationship("A", "B", RelationshipType.FinishToStart, 0));

        Assert.Equal(ScheduleErrorKind.MissingActivity, error.Kind);
    }
}
