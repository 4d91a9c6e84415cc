using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Localization;
using Gantry.Core.Projects;
using Gantry.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gantry.Core.Schedules;

/// <summary>
/// One project's schedule loaded for an edit: settings, calendars, activities and links. Activities
/// and links are read without tracking, because a programme has thousands and an edit touches a
/// few: the context tracks a row only once it is required for a change (<see cref="RequireActivity"/>,
/// <see cref="RequireLink"/>, <see cref="Remove(Activity)"/>) or when a reschedule changes its results.
/// So change detection and the save cost what changed, not the size of the programme. Settings
/// and calendars (a handful of rows) stay tracked. An edit changes rows, calls <see cref="Reschedule"/>
/// and saves (<see cref="SaveAsync"/>), all in one SaveChanges transaction. Activities and links come
/// from the <see cref="ScheduleCache"/> when it holds the revision just read with the settings row.
/// Every row an edit adds, changes or removes is remembered, so the answer (<see cref="ChangeAsync"/>)
/// carries exactly those rows.
/// </summary>
public sealed class ProjectSchedule
{
    private readonly GantryDbContext _db;
    private readonly ScheduleCache? _cache;
    private readonly HashSet<Guid> _changedActivities = [];
    private readonly HashSet<Guid> _removedActivities = [];
    private readonly HashSet<Guid> _changedLinks = [];
    private readonly HashSet<Guid> _removedLinks = [];
    private Dictionary<Guid, Activity>? _byId;

    private ProjectSchedule(GantryDbContext db, ScheduleCache? cache, ScheduleSettings settings, List<ProjectCalendar> calendars,
        List<Activity> activities, List<ActivityLink> links)
    {
        _db = db;
        _cache = cache;
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
        var cache = CacheOf(db);
        // A settings row not yet saved has no revision to compare with; its project has no rows to cache either.
        List<Activity> activities;
        List<ActivityLink> links;
        if (db.Entry(settings).State == EntityState.Added || cache is null || !cache.TryGet(project.Id, settings.Revision, out activities, out links))
        {
            activities = await db.Activities.AsNoTracking().Where(a => a.ProjectId == project.Id).ToListAsync(cancellationToken);
            links = await db.ActivityLinks.AsNoTracking().Where(l => l.ProjectId == project.Id).ToListAsync(cancellationToken);
        }

        PreferTracked(db, activities, a => a.Id);
        PreferTracked(db, links, l => l.Id);
        return new ProjectSchedule(db, cache, settings, calendars, activities, links);
    }

    /// <summary>
    /// The application's cache, found through the service provider the context was created by
    /// (AddDbContext records it), so every use case shares it without taking it as a dependency.
    /// A context made by hand (tools, design time) works without one.
    /// </summary>
    private static ScheduleCache? CacheOf(GantryDbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<ScheduleCache>();

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
        _changedActivities.Add(activity.Id);
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
        _changedActivities.Remove(activity.Id);
        _removedActivities.Add(activity.Id);
    }

    public void Add(ActivityLink link)
    {
        _db.ActivityLinks.Add(link);
        Links.Add(link);
        _changedLinks.Add(link.Id);
    }

    public void Remove(ActivityLink link)
    {
        _db.ActivityLinks.Remove(link);
        Links.Remove(link);
        _changedLinks.Remove(link.Id);
        _removedLinks.Add(link.Id);
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

    /// <summary>
    /// Saves the edit in one transaction. The settings UPDATE is conditional on the revision this
    /// edit read, so two edits computed from the same revision cannot both be saved: the second is
    /// refused as a conflict, never merged into a schedule no reschedule has seen. A committed save
    /// becomes the cache's copy; inside a caller's transaction it does not, as it may yet roll back.
    /// </summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            _cache?.Forget(ProjectId);
            throw;
        }

        if (_cache is not null && _db.Database.CurrentTransaction is null)
        {
            _cache.Put(ProjectId, Settings.Revision, Activities, Links);
        }
    }

    /// <summary>The answer after <see cref="SaveAsync"/>: what moved, and every saved row the edit or the reschedule changed, as the document shows it.</summary>
    public async Task<ScheduleChange> ChangeAsync(IReadOnlyList<MovedActivity> moved, Guid? id = null, int? version = null,
        CancellationToken cancellationToken = default)
    {
        var rows = _changedActivities.Select(a => ById[a]).ToList();
        var ids = rows.Select(a => a.Id).ToList();
        var organisationIds = rows.Select(a => a.ResponsibleOrganisationId).OfType<Guid>().Distinct().ToList();
        var organisations = organisationIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await _db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
                .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var baseline = Settings.ComparisonBaselineId is { } baselineId && ids.Count > 0
            ? await _db.BaselineActivities.AsNoTracking().Where(b => b.BaselineId == baselineId && ids.Contains(b.ActivityId))
                .ToDictionaryAsync(b => b.ActivityId, cancellationToken)
            : [];
        var links = Links.Where(l => _changedLinks.Contains(l.Id)).Select(LinkPayload.Of).ToList();
        return new ScheduleChange(id, version, Settings.Finish, Settings.Revision, moved)
        {
            Activities = rows.Select(a => ActivityPayload.Of(a, organisations, baseline.GetValueOrDefault(a.Id))).ToList(),
            RemovedActivityIds = [.. _removedActivities],
            Links = links,
            RemovedLinkIds = [.. _removedLinks],
        };
    }

    private Dictionary<Guid, Activity> ById => _byId ??= Activities.ToDictionary(a => a.Id);

    /// <summary>Starts tracking a row read without tracking; the snapshot taken now is what the save compares with.</summary>
    private T Track<T>(T row)
        where T : class
    {
        if (_db.Entry(row).State == EntityState.Detached)
        {
            _db.Attach(row);
        }

        switch (row)
        {
            case Activity activity:
                _changedActivities.Add(activity.Id);
                break;
            case ActivityLink link:
                _changedLinks.Add(link.Id);
                break;
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
