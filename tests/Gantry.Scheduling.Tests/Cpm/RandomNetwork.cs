namespace Gantry.Scheduling.Tests.Cpm;

/// <summary>
/// Seeded random networks for property tests: links only go from a lower to a higher index,
/// so there is never a loop, with mixed link types, leads and lags.
/// </summary>
internal static class RandomNetwork
{
    public static ScheduleNetwork Build(int seed, int count, bool constraints)
    {
        var random = new Random(seed);
        var activities = new List<ScheduleActivity>(count);
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(20);
            var type = roll == 0 ? ActivityType.StartMilestone : roll == 1 ? ActivityType.FinishMilestone : ActivityType.Task;
            var constraint = constraints && random.Next(10) == 0
                ? new ScheduleConstraint(ConstraintType.StartNoEarlierThan, new DateTime(2024, 1, 8, 8, 0, 0).AddDays(random.Next(60)))
                : ScheduleConstraint.None;
            activities.Add(new ScheduleActivity
            {
                Id = "A" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Type = type,
                OriginalDurationMinutes = 60 * random.Next(1, 80),
                PrimaryConstraint = constraint,
            });
        }

        var relationships = new List<ScheduleRelationship>();
        for (var s = 1; s < count; s++)
        {
            var links = random.Next(0, 4);
            for (var k = 0; k < links; k++)
            {
                var p = random.Next(Math.Max(0, s - 50), s);
                relationships.Add(new ScheduleRelationship
                {
                    PredecessorId = activities[p].Id,
                    SuccessorId = activities[s].Id,
                    Type = (RelationshipType)random.Next(4),
                    Lag = random.Next(10) == 0 ? 60 * random.Next(-8, 24) : 0,
                });
            }
        }

        return new ScheduleNetwork { Activities = activities, Relationships = relationships };
    }

    public static ScheduleNetwork Shuffled(ScheduleNetwork network, int seed)
    {
        var random = new Random(seed);
        var activities = network.Activities.ToArray();
        var relationships = network.Relationships.ToArray();
        random.Shuffle(activities);
        random.Shuffle(relationships);
        return new ScheduleNetwork { Activities = activities, Relationships = relationships, Calendars = network.Calendars };
    }
}
