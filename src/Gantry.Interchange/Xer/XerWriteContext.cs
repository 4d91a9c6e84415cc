using Gantry.Scheduling;
using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange.Xer;

/// <summary>
/// What every table of one XER write shares: the schedule, its details, the numeric keys given to
/// activities, calendars, resources and WBS nodes, and the notes of what had to change.
/// </summary>
internal sealed class XerWriteContext
{
    private readonly Dictionary<string, ResourceKind> _resourceKinds;
    private readonly Dictionary<long, string> _dates = [];
    private readonly Dictionary<long, string> _hours = [];
    // Made once per activity: the task and assignment tables both ask, and each note is given once.
    private readonly Dictionary<string, IReadOnlyList<AssignmentDetails>> _convertedAssignments = new(StringComparer.Ordinal);

    public XerWriteContext(DetailedSchedule schedule)
    {
        Schedule = schedule.Schedule;
        Details = schedule.Details;
        var network = Schedule.Network;
        CalendarsById = new Dictionary<string, CalendarDefinition>(StringComparer.Ordinal);
        foreach (var calendar in Schedule.Calendars.Values.Concat(network.Calendars))
        {
            CalendarsById.TryAdd(calendar.Id, calendar);
        }

        // A file without calendars works the standard week: P6 needs it as a row.
        DefaultCalendarId = Schedule.Options.DefaultCalendarId is { } d && CalendarsById.ContainsKey(d) ? d
            : CalendarsById.Count > 0 && network.Activities.All(a => a.CalendarId != null) ? CalendarsById.Keys.First()
            : AddCalendar(new CalendarDefinition { Id = "Standard", Name = "Standard", WorkWeek = WorkWeek.Standard });
        if (network.Activities.Any(a => a.ElapsedDuration && !a.IsMilestone))
        {
            ElapsedCalendarId = AddCalendar(new CalendarDefinition
            {
                Id = "Elapsed",
                Name = "24 Hour (elapsed durations)",
                WorkWeek = WorkWeek.TwentyFourSeven,
                MinutesPerDay = 1440,
                MinutesPerWeek = 7 * 1440,
                MinutesPerMonth = 30 * 1440,
            });
        }

        Calendars = [.. CalendarsById.Values];
        foreach (var calendar in Calendars)
        {
            CalendarIds.Reserve(calendar.Id);
        }

        CalendarIds.Complete();
        foreach (var activity in network.Activities)
        {
            ActivityIds.Reserve(activity.Id);
        }

        ActivityIds.Complete();
        Resources = [.. Details.Resources, .. EngineOnlyResources(network.Activities, Details)];
        foreach (var resource in Resources)
        {
            ResourceIds.Reserve(resource.Id);
        }

        ResourceIds.Complete();
        _resourceKinds = Resources.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);
        Stored = Schedule.Stored.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var usedByActivities = network.Activities.Select(a => a.CalendarId ?? DefaultCalendarId).ToHashSet(StringComparer.Ordinal);
        usedByActivities.Add(DefaultCalendarId);
        ResourceOnlyCalendars = Resources.Select(r => r.CalendarId).OfType<string>().Where(id => !usedByActivities.Contains(id)).ToHashSet(StringComparer.Ordinal);
        CalendarWindow = Window();

        // The project keeps its P6 key, so carried tables and a re-import name the same project.
        if (long.TryParse(Details.Project?.Id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long projectId) && projectId > 0)
        {
            ProjectId = projectId;
        }
    }

    public ImportedSchedule Schedule { get; }
    public ScheduleDetails Details { get; }
    public List<ImportNote> Notes { get; } = [];
    public Dictionary<string, CalendarDefinition> CalendarsById { get; }
    public IReadOnlyList<CalendarDefinition> Calendars { get; }
    public string DefaultCalendarId { get; }

    /// <summary>The 24-hour calendar activities with MS Project elapsed durations are put on; null when none has one.</summary>
    public string? ElapsedCalendarId { get; }
    public HashSet<string> ResourceOnlyCalendars { get; }
    public XerIdMap CalendarIds { get; } = new();
    public XerIdMap ActivityIds { get; } = new();
    public XerIdMap ResourceIds { get; } = new();
    public Dictionary<string, StoredActivityDates> Stored { get; }

    /// <summary>The schedule's resources plus those its engine assignments name and its details do not list.</summary>
    public IReadOnlyList<ResourceDetails> Resources { get; }

    /// <summary>
    /// The assignments written for an activity: its details' when it has them (placeholders with
    /// neither resource nor role left out); otherwise those the engine schedules with (MS Project
    /// work on resource calendars), as remaining hours at their units. P6 has no work contours: a
    /// contoured assignment works evenly at the average units that give the same span.
    /// </summary>
    public IReadOnlyList<AssignmentDetails> AssignmentsOf(ScheduleActivity activity)
    {
        if (_convertedAssignments.TryGetValue(activity.Id, out var made))
        {
            return made;
        }

        var own = Details.AssignmentsOf(activity.Id).Where(a => a.ResourceId != null || a.RoleId != null).ToList();
        if (own.Count == 0 && activity.Assignments.Count == 0)
        {
            return own;
        }

        if (own.Count > 0 && !own.Any(a => a.WorkContour != 0))
        {
            return own;
        }

        var list = own.Count > 0 ? Evenly(activity, own) : FromEngine(activity);
        _convertedAssignments[activity.Id] = list;
        return list;
    }

    private List<AssignmentDetails> Evenly(ScheduleActivity activity, List<AssignmentDetails> own)
    {
        var spans = activity.Assignments.Where(a => a.ResourceId != null && a.DurationMinutes > 0)
            .GroupBy(a => a.ResourceId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var list = new List<AssignmentDetails>(own.Count);
        for (int i = 0; i < own.Count; i++)
        {
            var a = own[i];
            if (a.WorkContour != 0 && a.ResourceId is { } r && spans.TryGetValue(r, out var engine) && engine.DurationMinutes is long span)
            {
                decimal units = engine.RemainingWorkMinutes / (decimal)span;
                ContourNote(activity, i, units);
                list.Add(a with { UnitsPerHour = units, RemainingUnitsPerHour = units });
            }
            else
            {
                list.Add(a);
            }
        }

        return list;
    }

    private List<AssignmentDetails> FromEngine(ScheduleActivity activity)
    {
        var list = new List<AssignmentDetails>(activity.Assignments.Count);
        for (int i = 0; i < activity.Assignments.Count; i++)
        {
            var a = activity.Assignments[i];
            decimal units = (decimal)a.Units;
            if (a.DurationMinutes is > 0 and long span)
            {
                units = a.RemainingWorkMinutes / (decimal)span;
                ContourNote(activity, i, units);
            }

            list.Add(new AssignmentDetails
            {
                Id = activity.Id + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ActivityId = activity.Id,
                ResourceId = a.ResourceId ?? EngineResourceId(activity, i),
                WorkMinutes = a.RemainingWorkMinutes,
                RemainingWorkMinutes = a.RemainingWorkMinutes,
                UnitsPerHour = units,
                RemainingUnitsPerHour = units,
            });
        }

        return list;
    }

    private void ContourNote(ScheduleActivity activity, int index, decimal units) =>
        Notes.Add(new ImportNote(ImportNoteKind.Changed, "TASK " + ActivityIds.Text(activity.Id), InterchangeText.Format("Note.WorkContour", index + 1, units.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture))));

    private static string EngineResourceId(ScheduleActivity activity, int index) => "resource of " + activity.Id + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<ResourceDetails> EngineOnlyResources(IReadOnlyList<ScheduleActivity> activities, ScheduleDetails details)
    {
        var known = details.Resources.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            if (details.AssignmentsOf(activity.Id).Any(a => a.ResourceId != null || a.RoleId != null))
            {
                continue;
            }

            for (int i = 0; i < activity.Assignments.Count; i++)
            {
                var a = activity.Assignments[i];
                string id = a.ResourceId ?? EngineResourceId(activity, i);
                if (known.Add(id))
                {
                    yield return new ResourceDetails { Id = id, Code = id, Name = id, CalendarId = a.CalendarId };
                }
            }
        }
    }

    /// <summary>
    /// A date as XER text, made once per distinct date: a large schedule repeats the same dates
    /// on thousands of rows, and building each string again is most of the writer's garbage.
    /// </summary>
    public string Date(DateTime? value)
    {
        if (value is not { } d)
        {
            return string.Empty;
        }

        if (!_dates.TryGetValue(d.Ticks, out var text))
        {
            text = XerValueText.Date(d);
            if (_dates.Count < 1_000_000)
            {
                _dates[d.Ticks] = text;
            }
        }

        return text;
    }

    /// <summary>Minutes as XER hours, made once per distinct duration like <see cref="Date"/>.</summary>
    public string Hours(long minutes)
    {
        if (!_hours.TryGetValue(minutes, out var text))
        {
            text = XerValueText.Hours(minutes);
            if (_hours.Count < 1_000_000)
            {
                _hours[minutes] = text;
            }
        }

        return text;
    }

    public string Hours(double minutes) => minutes == Math.Floor(minutes) && Math.Abs(minutes) < 1e15 ? Hours((long)minutes) : XerValueText.Hours(minutes);

    public ResourceKind ResourceKindOf(string resourceId) =>
        _resourceKinds.TryGetValue(resourceId, out var kind) ? kind : ResourceKind.Labor;

    /// <summary>The key of the one project the file holds.</summary>
    public long ProjectId { get; } = 1;
    public string ProjectIdText => XerValueText.Id(ProjectId);

    /// <summary>The years over which calendars P6 cannot express are written out day by day.</summary>
    public (DateOnly From, DateOnly To) CalendarWindow { get; }

    private string AddCalendar(CalendarDefinition calendar)
    {
        string id = calendar.Id;
        for (int n = 2; CalendarsById.ContainsKey(id); n++)
        {
            id = calendar.Id + " " + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        CalendarsById[id] = new CalendarDefinition
        {
            Id = id,
            Name = calendar.Name,
            WorkWeek = calendar.WorkWeek,
            MinutesPerDay = calendar.MinutesPerDay,
            MinutesPerWeek = calendar.MinutesPerWeek,
            MinutesPerMonth = calendar.MinutesPerMonth,
        };
        return id;
    }

    private (DateOnly, DateOnly) Window()
    {
        // From a year before the project starts to ten years after its last known date.
        var start = Schedule.Options.ProjectStart;
        var last = Schedule.Stored.Select(s => s.LateFinish ?? s.EarlyFinish).OfType<DateTime>().DefaultIfEmpty(start).Max();
        if (Schedule.Options.MustFinishBy is { } m && m > last)
        {
            last = m;
        }

        int fromYear = Math.Max(1901, start.Year - 1);
        int toYear = Math.Min(2199, Math.Max(last.Year, start.Year) + 10);
        return (new DateOnly(fromYear, 1, 1), new DateOnly(toYear, 12, 31));
    }
}
