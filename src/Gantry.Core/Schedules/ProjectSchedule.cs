using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Localization;
using Gantry.Core.Projects;
using Gantry.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Schedules;

/// <summary>
/// One project's schedule loaded for an edit: settings, calendars, activities and links. Activities
/// and links are read without tracking, because a programme has thousands and an edit touches a
/// few: the context tracks a row only once it is required for a change (<see cref="RequireActivity"/>,
/// <see cref="RequireLink"/>, <see cref="Remove(Activity)"/>) or when a reschedule changes its results.
/// So change detection and the save cost what changed, not the size of the programme. Settings
/// and calendars (a handful of rows) stay tracked. An edit changes rows, calls <see cref="Reschedule"/>
/// and saves, all in one SaveChanges transaction.
/// </summary>
public sealed class ProjectSchedule
{
    private readonly GantryDbContext _db;
    private Dictionary<Guid, Activity>? _byId;

    private ProjectSchedule(GantryDbContext db, ScheduleSettings settings, List<ProjectCalendar> calendars, List<Activity> activities,
        List<ActivityLink> links)
    {
        _db = db;
        Settings = settings;
        Calendars = calendars;
        Activities = activities;
        Links = links;
    }

    public ScheduleSettings Settings { get; }

    public List<ProjectCalendar> Calendars { get; }

    public List<Activity> Activities { get; }

    public List<ActivityLink> Links { get; }

    public Guid ProjectId => Settings.ProjectId;

    public static async Task<ProjectSchedule> LoadAsync(GantryDbContext db, Project project, CancellationToken cancellationToken)
    {
        var settings = await LoadSettingsAsync(db, project, cancellationToken);
        var calendars = await db.Calendars.Where(c => c.ProjectId == project.Id).ToListAsync(cancellationToken);
        var activities = await db.Activities.AsNoTracking().Where(a => a.ProjectId == project.Id).ToListAsync(cancellationToken);
        var links = await db.ActivityLinks.AsNoTracking().Where(l => l.ProjectId == project.Id).ToListAsync(cancellationToken);
        PreferTracked(db, activities, a => a.Id);
        PreferTracked(db, links, l => l.Id);
        return new ProjectSchedule(db, settings, calendars, activities, links);
    }

    /// <summary>
    /// Several edits in one unit of work (a scenario's adoption) load the schedule again on the same
    /// context: rows an earlier step already tracks are used as they are, so tracking them again cannot clash.
    /// </summary>
    private static void PreferTracked<T>(GantryDbContext db, List<T> rows, Func<T, Guid> key)
        where T : class
    {
        var tracked = db.ChangeTracker.Entries<T>().ToDictionary(e => key(e.Entity), e => e.Entity);
        if (tracked.Count == 0)
        {
            return;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (tracked.TryGetValue(key(rows[i]), out var row))
            {
                rows[i] = row;
            }
        }
    }

    /// <summary>The settings row, created with P6's defaults from the project's planned start the first time.</summary>
    public static async Task<ScheduleSettings> LoadSettingsAsync(GantryDbContext db, Project project, CancellationToken cancellationToken)
    {
        var settings = await db.ScheduleSettings.SingleOrDefaultAsync(s => s.ProjectId == project.Id, cancellationToken);
        if (settings is null)
        {
            var start = project.PlannedStart.ToDateTime(new TimeOnly(8, 0));
            settings = ScheduleSettings.Create(project.Id, new ScheduleSettingsInput { ProjectStart = start, DataDate = start });
            db.ScheduleSettings.Add(settings);
        }

        return settings;
    }

    /// <summary>The activity, tracked from now on so that changes to it are saved.</summary>
    public Activity RequireActivity(Guid id) =>
        ById.TryGetValue(id, out var activity) ? Track(activity) : throw new NotFoundException("Entity_Activity");

    /// <summary>The link, tracked from now on so that changes to it are saved.</summary>
    public ActivityLink RequireLink(Guid id) =>
        Links.Find(l => l.Id == id) is { } link ? Track(link) : throw new NotFoundException("Entity_ActivityLink");

    public bool HasActivity(Guid id) => ById.ContainsKey(id);

    public void Add(Activity activity)
    {
        _db.Activities.Add(activity);
        Activities.Add(activity);
        ById[activity.Id] = activity;
    }

    /// <summary>Removes the activity with its links (the database would cascade them anyway).</summary>
    public void Remove(Activity activity)
    {
        foreach (var link in Links.Where(l => l.PredecessorId == activity.Id || l.SuccessorId == activity.Id).ToList())
        {
            Remove(link);
        }

        _db.Activities.Remove(activity);
        Activities.Remove(activity);
        ById.Remove(activity.Id);
    }

    public void Add(ActivityLink link)
    {
        _db.ActivityLinks.Add(link);
        Links.Add(link);
    }

    public void Remove(ActivityLink link)
    {
        _db.ActivityLinks.Remove(link);
        Links.Remove(link);
    }

    /// <summary>
    /// Runs the engine over the whole network and writes the results into the rows. A loop or another
    /// network the engine refuses becomes a validation error naming the activities; nothing is saved then.
    /// </summary>
    public IReadOnlyList<MovedActivity> Reschedule()
    {
        var network = ScheduleNetworkBuilder.Build(Calendars, Activities, Links);
        ScheduleResult result;
        try
        {
            result = Scheduler.Schedule(network, Settings.ToOptions());
        }
        catch (ScheduleError error)
        {
            throw Refusal(error);
        }

        var moved = new List<MovedActivity>();
        var index = new Dictionary<Guid, int>(Activities.Count);
        for (var i = 0; i < Activities.Count; i++)
        {
            var activity = Activities[i];
            index[activity.Id] = i;
            if (activity.Matches(result.Activities[i]))
            {
                continue;
            }

            var (oldStart, oldFinish) = (activity.Start, activity.Finish);
            if (Track(activity).ApplyResult(result.Activities[i]))
            {
                moved.Add(new MovedActivity(activity.Id, activity.Code, oldStart, oldFinish, activity.Start, activity.Finish));
            }
        }

        foreach (var link in Links)
        {
            var driving = result.Activities[index[link.SuccessorId]].DrivingPredecessorIds;
            var predecessor = link.PredecessorId.ToString();
            var isDriving = false;
            for (var k = 0; k < driving.Count && !isDriving; k++)
            {
                isDriving = string.Equals(driving[k], predecessor, StringComparison.Ordinal);
            }

            if (link.Driving != isDriving)
            {
                Track(link).Driving = isDriving;
            }
        }

        Settings.Finish = Activities.Count == 0 ? null : result.ProjectFinish;
        Settings.Revision++;
        return moved;
    }

    public ScheduleChange Change(IReadOnlyList<MovedActivity> moved, Guid? id = null, int? version = null) =>
        new(id, version, Settings.Finish, Settings.Revision, moved);

    private Dictionary<Guid, Activity> ById => _byId ??= Activities.ToDictionary(a => a.Id);

    /// <summary>Starts tracking a row read without tracking; the snapshot taken now is what the save compares with.</summary>
    private T Track<T>(T row)
        where T : class
    {
        if (_db.Entry(row).State == EntityState.Detached)
        {
            _db.Attach(row);
        }

        return row;
    }

    private ValidationFailedException Refusal(ScheduleError error)
    {
        var codes = error.ActivityIds.Select(id => Guid.TryParse(id, out var g) && ById.TryGetValue(g, out var a) ? a.Code : id).ToList();
        return error.Kind == ScheduleErrorKind.Loop
            ? ValidationFailedException.For("predecessorId", Text.Get("LinkLoop", string.Join(" → ", codes.Append(codes.FirstOrDefault() ?? ""))))
            : ValidationFailedException.For("schedule", Text.Get("ScheduleFailed", string.Join(", ", codes), error.Message));
    }
}
