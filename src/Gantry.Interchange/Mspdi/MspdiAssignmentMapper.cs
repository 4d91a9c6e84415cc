using Gantry.Scheduling;
using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// Turns MSPDI assignments into the engine's resource assignments. MS Project schedules each work
/// resource's assignment on the resource's own calendar (a <c>Resource</c>'s <c>CalendarUID</c>,
/// a calendar derived from a base calendar) and the task spans them, unless the task ignores
/// resource calendars. The stored task <c>Duration</c> then does not drive the dates.
/// </summary>
internal sealed class MspdiAssignmentMapper
{
    /// <summary>MS Project's placeholder resource for an assignment with no resource.</summary>
    private const int Unassigned = -65535;
    private const int WorkResource = 1;

    private readonly Dictionary<int, List<MspdiAssignment>> byTask = [];
    private readonly Dictionary<int, MspdiResource> resources = [];
    private readonly Dictionary<string, CalendarDefinition> calendars;
    private readonly Dictionary<string, WorkCalendar> compiled = new(StringComparer.Ordinal);
    private readonly List<ImportNote> notes;

    public MspdiAssignmentMapper(MspdiProject project, Dictionary<string, CalendarDefinition> calendars, List<ImportNote> notes)
    {
        this.calendars = calendars;
        this.notes = notes;
        foreach (var resource in project.Resources)
        {
            resources.TryAdd(resource.Uid, resource);
        }

        foreach (var assignment in project.Assignments)
        {
            if (!byTask.TryGetValue(assignment.TaskUid, out var list))
            {
                byTask[assignment.TaskUid] = list = [];
            }

            list.Add(assignment);
        }
    }

    /// <summary>The assignments that place <paramref name="task"/>; empty when its duration does.</summary>
    public IReadOnlyList<ScheduleAssignment> For(MspdiTask task, bool milestone)
    {
        if (task.Summary || task.Manual || milestone || task.IgnoreResourceCalendar || !byTask.TryGetValue(task.Uid, out var list))
        {
            return [];
        }

        var result = new List<ScheduleAssignment>(list.Count);
        foreach (var a in list)
        {
            // Material and cost resources have no calendar; an assignment without work holds no time.
            if (a.ResourceUid == Unassigned || !resources.TryGetValue(a.ResourceUid, out var resource) || resource.Type != WorkResource)
            {
                continue;
            }

            var work = a.RemainingWorkMinutes ?? a.WorkMinutes ?? 0;
            var units = a.Units ?? 1;
            if (work <= 0 || units <= 0)
            {
                continue;
            }

            var calendarId = CalendarOf(resource, task);
            result.Add(new ScheduleAssignment
            {
                ResourceId = MspdiCalendarMapper.Key(resource.Uid),
                CalendarId = calendarId,
                RemainingWorkMinutes = (long)Math.Round(work, MidpointRounding.AwayFromZero),
                Units = (double)units,
                DurationMinutes = ContouredDuration(a, task, calendarId),
            });
        }

        return result;
    }

    private string? CalendarOf(MspdiResource resource, MspdiTask task)
    {
        if (resource.CalendarUid is not { } uid)
        {
            return null;
        }

        var key = MspdiCalendarMapper.Key(uid);
        if (calendars.ContainsKey(key))
        {
            return key;
        }

        notes.Add(new ImportNote(ImportNoteKind.Changed, task.Record, InterchangeText.Format("Note.ResourceUidCalendarMissing", MspdiCalendarMapper.Key(resource.Uid), key)));
        return null;
    }

    /// <summary>
    /// A contour (bell, turtle, edited ...) spreads the work thinner than its units over a longer
    /// span; Gantry keeps the span MS Project stored, measured on the resource calendar, for work
    /// not yet started. Started contoured work falls back to work / units.
    /// </summary>
    private long? ContouredDuration(MspdiAssignment a, MspdiTask task, string? calendarId)
    {
        if (a.WorkContour == 0 || task.ActualStart is not null || a.Start is not { } start || a.Finish is not { } finish || finish < start || calendarId is null)
        {
            return null;
        }

        if (!compiled.TryGetValue(calendarId, out var calendar))
        {
            compiled[calendarId] = calendar = WorkCalendar.Compile(calendars[calendarId], calendars);
        }

        notes.Add(new ImportNote(ImportNoteKind.Changed, task.Record, InterchangeText.Format("Note.AssignmentContour", MspdiCalendarMapper.Key(a.Uid), MspdiCalendarMapper.Key(a.WorkContour))));
        return calendar.WorkBetween(start, finish);
    }
}
