using Gantry.Interchange.Health;
using Gantry.Scheduling;

namespace Gantry.Interchange.Tests.Health;

/// <summary>
/// A hand-made network for health checks: by default a start milestone M0, five 5-day tasks T1…T5
/// in a finish-to-start chain, and a finish milestone M9, every task with a resource, on the
/// standard calendar from Monday 2026-03-02 08:00. Tests change one thing and assess.
/// </summary>
public sealed class HealthNetwork
{
    public static readonly DateTime Monday = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Unspecified);

    private readonly List<ScheduleActivity> activities = [];
    private readonly List<ScheduleRelationship> links = [];
    private readonly Dictionary<string, ActivityDetails> details = new(StringComparer.Ordinal);
    private readonly List<StoredActivityDates> stored = [];

    public HealthNetwork(int taskDays = 5)
    {
        activities.Add(new ScheduleActivity { Id = "M0", Code = "M0", Type = ActivityType.StartMilestone });
        string previous = "M0";
        for (int i = 1; i <= 5; i++)
        {
            string id = "T" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            activities.Add(new ScheduleActivity { Id = id, Code = id, OriginalDurationMinutes = taskDays * 480L });
            links.Add(new ScheduleRelationship { PredecessorId = previous, SuccessorId = id });
            details[id] = new ActivityDetails { Id = id, Resources = ["Crew"] };
            previous = id;
        }

        activities.Add(new ScheduleActivity { Id = "M9", Code = "M9", Type = ActivityType.FinishMilestone });
        links.Add(new ScheduleRelationship { PredecessorId = previous, SuccessorId = "M9" });
    }

    public DateTime ProjectStart { get; set; } = Monday;

    public DateTime DataDate { get; set; } = Monday;

    public DateTime? MustFinishBy { get; set; }

    public bool HasResourceData { get; set; } = true;

    public bool HasBaseline { get; set; }

    public List<ScheduleActivity> Activities => activities;

    public List<ScheduleRelationship> Links => links;

    public HealthNetwork Replace(string id, Func<ScheduleActivity, ScheduleActivity> change)
    {
        int i = activities.FindIndex(a => a.Id == id);
        activities[i] = change(activities[i]);
        return this;
    }

    public HealthNetwork Add(ScheduleActivity activity, params string[] predecessors)
    {
        activities.Add(activity);
        foreach (string p in predecessors)
        {
            links.Add(new ScheduleRelationship { PredecessorId = p, SuccessorId = activity.Id });
        }

        return this;
    }

    public HealthNetwork Link(string from, string to, RelationshipType type = RelationshipType.FinishToStart, double lag = 0)
    {
        links.Add(new ScheduleRelationship { PredecessorId = from, SuccessorId = to, Type = type, Lag = lag });
        return this;
    }

    /// <summary>Changes the first link from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public HealthNetwork ChangeLink(string from, string to, RelationshipType type = RelationshipType.FinishToStart, double lag = 0)
    {
        int i = links.FindIndex(l => l.PredecessorId == from && l.SuccessorId == to);
        links[i] = new ScheduleRelationship { PredecessorId = from, SuccessorId = to, Type = type, Lag = lag };
        return this;
    }

    public HealthNetwork Details(string id, Func<ActivityDetails, ActivityDetails> change)
    {
        details[id] = change(details.GetValueOrDefault(id) ?? new ActivityDetails { Id = id });
        return this;
    }

    public HealthNetwork Stored(StoredActivityDates dates)
    {
        stored.Add(dates);
        return this;
    }

    public ImportedSchedule Schedule() => new()
    {
        Source = "hand-made",
        Convention = SchedulingConvention.PrimaveraP6,
        WrittenBy = "test",
        Network = new ScheduleNetwork { Activities = activities, Relationships = links },
        Options = new ScheduleOptions { ProjectStart = ProjectStart, DataDate = DataDate, MustFinishBy = MustFinishBy },
        Calendars = new Dictionary<string, Scheduling.Calendars.CalendarDefinition>(),
        Stored = stored,
        Notes = [],
    };

    public HealthAssessment Assess()
    {
        var schedule = Schedule();
        var result = Scheduler.Schedule(schedule.Network, schedule.Options);
        return HealthCheck.Assess(schedule, result, new ScheduleDetails(details.Values, HasResourceData, HasBaseline));
    }

    /// <summary>A copy of <paramref name="a"/> with progress or a constraint, since activities are immutable.</summary>
    public static ScheduleActivity With(ScheduleActivity a, DateTime? actualStart = null, DateTime? actualFinish = null, long? duration = null, ScheduleConstraint? constraint = null) => new()
    {
        Id = a.Id,
        Code = a.Code,
        Type = a.Type,
        OriginalDurationMinutes = duration ?? a.OriginalDurationMinutes,
        RemainingDurationMinutes = actualFinish != null ? 0 : a.RemainingDurationMinutes,
        ActualStart = actualStart ?? a.ActualStart,
        ActualFinish = actualFinish ?? a.ActualFinish,
        PercentComplete = actualFinish != null ? 100 : a.PercentComplete,
        PrimaryConstraint = constraint ?? a.PrimaryConstraint,
    };
}
