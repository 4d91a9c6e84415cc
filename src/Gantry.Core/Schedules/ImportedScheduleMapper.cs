using System.Text.Json;
using Gantry.Core.Common;
using Gantry.Core.Localization;
using Gantry.Interchange;
using Gantry.Scheduling;

namespace Gantry.Core.Schedules;

/// <summary>
/// Turns a schedule read from a file into rows of one project: new GUIDs for everything, calendars
/// with their base calendars, the WBS tree from the activities' dotted WBS paths, and the activity
/// values only files carry (assignments, summary parents, expected finish) kept so the stored
/// schedule computes the same dates the file's network does.
/// </summary>
internal sealed class ImportedScheduleMapper(Guid projectId, DetailedSchedule file)
{
    private readonly Dictionary<string, Guid> _calendarIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Guid> _activityIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WbsNode> _wbsByPath = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, int> _childCounts = [];

    public List<ProjectCalendar> Calendars { get; } = [];

    public List<WbsNode> Wbs { get; } = [];

    public List<Activity> Activities { get; } = [];

    public List<ActivityLink> Links { get; } = [];

    public List<ImportReportNote> Notes { get; } = [];

    public ScheduleSettingsInput Settings { get; private set; } = new();

    public void Map()
    {
        var schedule = file.Schedule;
        foreach (var id in schedule.Calendars.Keys)
        {
            _calendarIds[id] = Guid.CreateVersion7();
        }

        foreach (var (id, definition) in schedule.Calendars)
        {
            Guid? baseId = definition.BaseCalendarId is { } b && _calendarIds.TryGetValue(b, out var mapped) ? mapped : null;
            Calendars.Add(Record("calendar " + id, () => ProjectCalendar.Create(projectId, ProjectCalendar.InputFrom(definition, baseId), _calendarIds[id])));
        }

        var options = schedule.Options;
        Settings = new ScheduleSettingsInput
        {
            ProjectStart = options.ProjectStart, DataDate = options.DataDate, MustFinishBy = options.MustFinishBy, FloatType = options.FloatType,
            CriticalFloatThresholdMinutes = options.CriticalFloatThresholdMinutes, CriticalByLongestPath = options.CriticalByLongestPath,
            ProgressRule = options.ProgressRule, LagCalendar = options.LagCalendar, Convention = options.Convention,
            MakeOpenEndedActivitiesCritical = options.MakeOpenEndedActivitiesCritical, UseExpectedFinish = options.UseExpectedFinish,
            StartToStartLagFromEarlyStart = options.StartToStartLagFromEarlyStart, DefaultCalendarId = Calendar(options.DefaultCalendarId),
        };

        foreach (var a in schedule.Network.Activities)
        {
            _activityIds[a.Id] = Guid.CreateVersion7();
        }

        var order = 0;
        foreach (var a in schedule.Network.Activities)
        {
            Activities.Add(Record("activity " + (a.Code ?? a.Id), () => ToActivity(a, ++order)));
        }

        var pairs = new HashSet<(Guid, Guid, RelationshipType)>();
        foreach (var r in schedule.Network.Relationships)
        {
            if (!_activityIds.TryGetValue(r.PredecessorId, out var pred) || !_activityIds.TryGetValue(r.SuccessorId, out var succ))
            {
                Notes.Add(new ImportReportNote("Dropped", r.PredecessorId + " → " + r.SuccessorId, Text.Get("ImportNoteLinkToMissingActivity")));
                continue;
            }

            if (!pairs.Add((pred, succ, r.Type)))
            {
                Notes.Add(new ImportReportNote("Dropped", r.PredecessorId + " → " + r.SuccessorId, Text.Get("ImportNoteDuplicateLink")));
                continue;
            }

            Links.Add(Record("link " + r.PredecessorId + " → " + r.SuccessorId,
                () => ActivityLink.Create(projectId, pred, succ, r.Type, r.Lag, r.LagKind)));
        }
    }

    private Activity ToActivity(ScheduleActivity a, int order)
    {
        var activity = Activity.Create(projectId, new ActivityInput
        {
            Code = a.Code ?? a.Id,
            Name = string.IsNullOrWhiteSpace(a.Name) ? a.Code ?? a.Id : a.Name,
            WbsId = file.Details.For(a.Id)?.WbsCode is { Length: > 0 } path ? WbsNodeFor(path).Id : null,
            SortOrder = order,
            Type = a.Type,
            CalendarId = Calendar(a.CalendarId),
            OriginalDurationMinutes = a.OriginalDurationMinutes,
            RemainingDurationMinutes = a.RemainingDurationMinutes,
            PercentComplete = Math.Clamp(a.PercentComplete, 0, 100),
            ActualStart = a.ActualStart,
            ActualFinish = a.ActualFinish,
            SuspendDate = a.SuspendDate,
            ResumeDate = a.ResumeDate,
            ConstraintType = a.PrimaryConstraint.IsNone ? null : a.PrimaryConstraint.Type,
            ConstraintDate = a.PrimaryConstraint.Date,
            SecondaryConstraintType = a.SecondaryConstraint.IsNone ? null : a.SecondaryConstraint.Type,
            SecondaryConstraintDate = a.SecondaryConstraint.Date,
            Deadline = a.Deadline,
        }, _activityIds[a.Id]);
        var assignments = a.Assignments.Count == 0 ? null : JsonSerializer.Serialize(
            a.Assignments.Select(x => new AssignmentRule(x.ResourceId, Calendar(x.CalendarId), x.RemainingWorkMinutes, x.Units, x.DurationMinutes)).ToArray(),
            ProjectCalendar.Json);
        Guid? parent = a.ParentId is { } p && _activityIds.TryGetValue(p, out var mapped) ? mapped : null;
        activity.SetImportedDetails(a.ElapsedDuration, a.ExpectedFinish, parent, assignments);
        return activity;
    }

    private Guid? Calendar(string? id) => id is not null && _calendarIds.TryGetValue(id, out var mapped) ? mapped : null;

    /// <summary>
    /// The node of a dotted WBS path, creating it and its ancestors ("1", "1.2", "1.2.3") on first use.
    /// Recursion depth is the number of dots in one path, which the 400-character code limit bounds.
    /// </summary>
    private WbsNode WbsNodeFor(string path)
    {
        if (_wbsByPath.TryGetValue(path, out var existing))
        {
            return existing;
        }

        var cut = path.LastIndexOf('.');
        WbsNode? parent = cut > 0 ? WbsNodeFor(path[..cut]) : null;
        var name = cut > 0 ? path[(cut + 1)..] : path;
        var parentKey = parent?.Id ?? Guid.Empty;
        var sortOrder = _childCounts[parentKey] = _childCounts.GetValueOrDefault(parentKey) + 1;
        var node = Record("WBS " + path, () => WbsNode.Create(projectId, parent?.Id, path, name, sortOrder));
        Wbs.Add(node);
        _wbsByPath[path] = node;
        return node;
    }

    /// <summary>A value the file holds but Gantry refuses names the record it came from.</summary>
    private static T Record<T>(string record, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ValidationFailedException error)
        {
            throw new ValidationFailedException(error.Errors.Select(e => new FieldError("file", record + ": " + e.Message)).ToList());
        }
    }
}
