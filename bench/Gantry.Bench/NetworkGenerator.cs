using System.Globalization;
using Gantry.Scheduling;
using Gantry.Scheduling.Calendars;

namespace Gantry.Bench;

/// <summary>
/// Generated programmes shaped like real ones: workstreams of 500 activities, about two links per
/// activity (mostly finish-to-start, some start-to-start, finish-to-finish and start-to-finish, a
/// tenth with a lag or lead), links only towards later positions so there is no loop, three
/// calendars with holidays, 5 % constraints and 5 % milestones. Plus the adversarial shapes.
/// </summary>
public static class NetworkGenerator
{
    public static readonly DateTime ProjectStart = new(2025, 1, 6, 8, 0, 0);

    private const int StreamLength = 500;

    public static ScheduleOptions Options => new() { ProjectStart = ProjectStart, DefaultCalendarId = "office" };

    public static ScheduleNetwork Programme(int count, int seed = 42)
    {
        var random = new Random(seed);
        var calendars = Calendars();
        var activities = new ScheduleActivity[count];
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(100);
            var type = roll < 3 ? ActivityType.StartMilestone : roll < 5 ? ActivityType.FinishMilestone : ActivityType.Task;
            activities[i] = new ScheduleActivity
            {
                Id = "A" + i.ToString(CultureInfo.InvariantCulture),
                Type = type,
                CalendarId = calendars[random.Next(calendars.Length)].Id,
                OriginalDurationMinutes = 480L * random.Next(1, 11),
                PrimaryConstraint = random.Next(100) < 5 ? Constraint(random) : ScheduleConstraint.None,
            };
        }

        var relationships = new List<ScheduleRelationship>(count * 2);
        for (var s = 0; s < count; s++)
        {
            var stream = s / StreamLength;
            var offset = s % StreamLength;
            if (offset == 0)
            {
                continue;
            }

            var links = random.Next(1, 4);
            for (var k = 0; k < links; k++)
            {
                // Mostly within the workstream; one link in twenty reaches an earlier stream, always
                // from an earlier position, so no chain is longer than a stream.
                var otherStream = stream > 0 && random.Next(20) == 0 ? random.Next(stream) : stream;
                var pred = (otherStream * StreamLength) + Math.Max(0, offset - random.Next(1, 25));
                relationships.Add(new ScheduleRelationship
                {
                    PredecessorId = activities[pred].Id,
                    SuccessorId = activities[s].Id,
                    Type = LinkType(random),
                    Lag = random.Next(10) == 0 ? 480.0 * random.Next(-2, 6) : 0,
                });
            }
        }

        return new ScheduleNetwork { Activities = activities, Relationships = relationships, Calendars = calendars };
    }

    /// <summary>One long chain: the deepest possible logic.</summary>
    public static ScheduleNetwork Chain(int count)
    {
        var activities = Enumerable.Range(0, count).Select(i => new ScheduleActivity { Id = "C" + i.ToString(CultureInfo.InvariantCulture), OriginalDurationMinutes = 60 }).ToArray();
        var links = Enumerable.Range(1, count - 1).Select(i => new ScheduleRelationship { PredecessorId = activities[i - 1].Id, SuccessorId = activities[i].Id }).ToArray();
        return new ScheduleNetwork { Activities = activities, Relationships = links, Calendars = Calendars() };
    }

    /// <summary>One activity with a great many predecessors: the widest possible join.</summary>
    public static ScheduleNetwork Hub(int predecessors)
    {
        var activities = Enumerable.Range(0, predecessors).Select(i => new ScheduleActivity { Id = "P" + i.ToString(CultureInfo.InvariantCulture), OriginalDurationMinutes = 60L * (1 + (i % 40)) })
            .Append(new ScheduleActivity { Id = "Hub", OriginalDurationMinutes = 480 }).ToArray();
        var links = Enumerable.Range(0, predecessors).Select(i => new ScheduleRelationship { PredecessorId = activities[i].Id, SuccessorId = "Hub" }).ToArray();
        return new ScheduleNetwork { Activities = activities, Relationships = links, Calendars = Calendars() };
    }

    private static RelationshipType LinkType(Random random) => random.Next(100) switch
    {
        < 80 => RelationshipType.FinishToStart,
        < 90 => RelationshipType.StartToStart,
        < 97 => RelationshipType.FinishToFinish,
        _ => RelationshipType.StartToFinish,
    };

    private static ScheduleConstraint Constraint(Random random)
    {
        var date = ProjectStart.AddDays(random.Next(0, 400));
        return random.Next(3) switch
        {
            0 => new ScheduleConstraint(ConstraintType.StartNoEarlierThan, date),
            1 => new ScheduleConstraint(ConstraintType.FinishNoLaterThan, date.AddDays(200)),
            _ => new ScheduleConstraint(ConstraintType.AsLateAsPossible),
        };
    }

    private static CalendarDefinition[] Calendars()
    {
        var holidays = Enumerable.Range(2025, 12).SelectMany(y => new[] { new DateOnly(y, 1, 1), new DateOnly(y, 5, 1), new DateOnly(y, 12, 25), new DateOnly(y, 12, 26) })
            .Select(d => CalendarException.NonWorking(d)).ToArray();
        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };
        return
        [
            new CalendarDefinition { Id = "office", Name = "Office, China holidays", WorkWeek = WorkWeek.Standard, IncludeChinaStatutoryHolidays = true },
            new CalendarDefinition
            {
                Id = "site",
                Name = "Site six days",
                WorkWeek = WorkWeek.Uniform([.. weekdays, DayOfWeek.Saturday], [new WorkingPeriod(420, 720), new WorkingPeriod(780, 1080)]),
                Exceptions = holidays,
                MinutesPerDay = 600,
            },
            new CalendarDefinition
            {
                Id = "night",
                Name = "Night shift",
                WorkWeek = WorkWeek.Uniform(weekdays, [new WorkingPeriod(0, 360), new WorkingPeriod(1320, 1440)]),
                Exceptions = holidays,
            },
        ];
    }
}
