using Gantry.Core.Common;
using Gantry.Core.Localization;
using Gantry.Core.Schedules;
using Gantry.Scheduling;

namespace Gantry.Core.Scenarios;

/// <summary>
/// A scenario's schedule in memory: the snapshot turned back into activities, links and calendars,
/// the changes applied in order with the same entity rules the live schedule uses, then scheduled by
/// the engine. Nothing here touches the database.
/// </summary>
public sealed class ScenarioModel
{
    private readonly Dictionary<Guid, Activity> _byId;

    private ScenarioModel(Guid projectId, ScheduleSettings settings, List<ProjectCalendar> calendars, List<Activity> activities, List<SnapshotLink> links)
    {
        ProjectId = projectId;
        Settings = settings;
        Calendars = calendars;
        Activities = activities;
        Links = links;
        _byId = activities.ToDictionary(a => a.Id);
    }

    public Guid ProjectId { get; }

    public ScheduleSettings Settings { get; }

    public List<ProjectCalendar> Calendars { get; }

    public List<Activity> Activities { get; }

    public List<SnapshotLink> Links { get; }

    /// <summary>The engine's project finish after <see cref="Schedule"/>.</summary>
    public DateTime? Finish { get; private set; }

    /// <summary>Links that set their successor's early dates, after <see cref="Schedule"/>.</summary>
    public HashSet<Guid> DrivingLinks { get; } = [];

    public static ScenarioModel From(Guid projectId, ScenarioSnapshot snapshot)
    {
        var settings = ScheduleSettings.Create(projectId, snapshot.Settings);
        var calendars = snapshot.Calendars.Select(c => ProjectCalendar.Create(projectId, c.Input, c.Id)).ToList();
        var activities = snapshot.Activities.Select(a => a.ToActivity(projectId)).ToList();
        return new ScenarioModel(projectId, settings, calendars, activities, snapshot.Links.ToList());
    }

    /// <summary>The snapshot with every change applied and scheduled: what the scenario page shows.</summary>
    public static ScenarioModel Replay(Scenario scenario)
    {
        var model = From(scenario.ProjectId, scenario.Snapshot);
        foreach (var change in scenario.Changes)
        {
            model.Apply(change);
        }

        model.Schedule();
        return model;
    }

    public Activity? FindActivity(Guid? id) => id is { } key && _byId.TryGetValue(key, out var a) ? a : null;

    /// <summary>Applies one change, refusing with a field error when it names something the scenario does not have.</summary>
    public void Apply(ScenarioChange change)
    {
        switch (change.Kind)
        {
            case ScenarioChangeKind.ChangeActivity:
                var activity = RequireActivity("activityId", change.ActivityId);
                activity.Change(change.ToPatch(null).ApplyTo(activity.ToInput()));
                RequireCalendar(activity.CalendarId);
                break;
            case ScenarioChangeKind.AddActivity:
                var added = Activity.Create(ProjectId, change.ToNewActivity() with { SortOrder = Activities.Count + 1 }, change.ActivityId);
                if (Activities.Exists(a => string.Equals(a.Code, added.Code, StringComparison.Ordinal)))
                {
                    Refuse("code", "Duplicate", added.Code);
                }

                RequireCalendar(added.CalendarId);
                Activities.Add(added);
                _byId[added.Id] = added;
                break;
            case ScenarioChangeKind.RemoveActivity:
                var removed = RequireActivity("activityId", change.ActivityId);
                Links.RemoveAll(l => l.PredecessorId == removed.Id || l.SuccessorId == removed.Id);
                Activities.Remove(removed);
                _byId.Remove(removed.Id);
                break;
            case ScenarioChangeKind.AddLink:
                AddLink(change);
                break;
            case ScenarioChangeKind.ChangeLink:
                var index = RequireLink(change.LinkId);
                var current = Links[index];
                // The entity checks type and lag exactly as a live edit would.
                var check = ActivityLink.Create(ProjectId, current.PredecessorId, current.SuccessorId, change.LinkType ?? current.Type,
                    change.LagMinutes ?? current.Lag, current.LagKind);
                Links[index] = current with { Type = check.Type, Lag = check.Lag };
                break;
            case ScenarioChangeKind.RemoveLink:
                Links.RemoveAt(RequireLink(change.LinkId));
                break;
            case ScenarioChangeKind.AddCalendar:
                Calendars.Add(ProjectCalendar.Create(ProjectId, change.Calendar ?? new CalendarInput(), change.CalendarId));
                break;
            default:
                Refuse("kind", "NotAllowedValue");
                break;
        }
    }

    /// <summary>Runs the engine over the whole scenario and writes its dates into the in-memory activities.</summary>
    public void Schedule()
    {
        var entities = Links.Select(l => ActivityLink.Create(ProjectId, l.PredecessorId, l.SuccessorId, l.Type, l.Lag, l.LagKind)).ToList();
        var network = ScheduleNetworkBuilder.Build(Calendars, Activities, entities);
        ScheduleResult result;
        try
        {
            result = Scheduler.Schedule(network, Settings.ToOptions());
        }
        catch (ScheduleError error)
        {
            throw Refusal(error);
        }

        for (var i = 0; i < Activities.Count; i++)
        {
            Activities[i].ApplyResult(result.Activities[i]);
        }

        DrivingLinks.Clear();
        for (var i = 0; i < Links.Count; i++)
        {
            var successor = result[Links[i].SuccessorId.ToString()];
            var predecessor = Links[i].PredecessorId.ToString();
            if (successor.DrivingPredecessorIds.Any(id => string.Equals(id, predecessor, StringComparison.Ordinal)))
            {
                DrivingLinks.Add(Links[i].Id);
            }
        }

        Finish = Activities.Count == 0 ? null : result.ProjectFinish;
    }

    private void AddLink(ScenarioChange change)
    {
        var predecessor = RequireActivity("predecessorId", change.PredecessorId);
        var successor = RequireActivity("successorId", change.SuccessorId);
        if (predecessor.Id == successor.Id)
        {
            throw ValidationFailedException.For("successorId", Text.Get("LinkToItself", predecessor.Code));
        }

        var type = change.LinkType ?? RelationshipType.FinishToStart;
        if (Links.Exists(l => l.PredecessorId == predecessor.Id && l.SuccessorId == successor.Id && l.Type == type))
        {
            throw ValidationFailedException.For("successorId", Text.Get("LinkDuplicate", predecessor.Code, successor.Code));
        }

        var check = ActivityLink.Create(ProjectId, predecessor.Id, successor.Id, type, change.LagMinutes, LagKind.Working);
        Links.Add(new SnapshotLink(change.LinkId ?? Guid.CreateVersion7(), null, predecessor.Id, successor.Id, check.Type, check.Lag, check.LagKind));
    }

    private Activity RequireActivity(string field, Guid? id)
    {
        var activity = FindActivity(id);
        if (activity is null)
        {
            Refuse(field, "NotAllowedValue");
        }

        return activity!;
    }

    private int RequireLink(Guid? id)
    {
        var index = Links.FindIndex(l => l.Id == id);
        if (index < 0)
        {
            Refuse("linkId", "NotAllowedValue");
        }

        return index;
    }

    private void RequireCalendar(Guid? calendarId)
    {
        if (calendarId is { } id && !Calendars.Exists(c => c.Id == id))
        {
            Refuse("calendarId", "NotAllowedValue");
        }
    }

    private static void Refuse(string field, string key, params object[] args)
    {
        var v = new Validation();
        v.Add(field, key, args);
        v.ThrowIfAny();
    }

    private ValidationFailedException Refusal(ScheduleError error)
    {
        var codes = error.ActivityIds.Select(id => Guid.TryParse(id, out var g) && _byId.TryGetValue(g, out var a) ? a.Code : id).ToList();
        return error.Kind == ScheduleErrorKind.Loop
            ? ValidationFailedException.For("predecessorId", Text.Get("LinkLoop", string.Join(" → ", codes.Append(codes.FirstOrDefault() ?? ""))))
            : ValidationFailedException.For("schedule", Text.Get("ScheduleFailed", string.Join(", ", codes), error.Message));
    }
}
