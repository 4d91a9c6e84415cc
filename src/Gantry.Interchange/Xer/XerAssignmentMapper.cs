using Gantry.Scheduling;
using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange.Xer;

/// <summary>
/// P6 resource-dependent activities (TT_Rsrc): each labour or equipment assignment works its
/// remaining units at its units per hour on the resource's own calendar (RSRC.clndr_id), and the
/// activity spans them. Other activity types keep their duration, as in P6.
/// </summary>
internal sealed class XerAssignmentMapper
{
    private readonly Dictionary<long, List<XerAssignment>> byTask = [];
    private readonly Dictionary<long, XerResource> resources = [];
    private readonly Dictionary<string, CalendarDefinition> calendars;
    private readonly List<ImportNote> notes;

    public XerAssignmentMapper(XerSchedule schedule, Dictionary<string, CalendarDefinition> calendars, List<ImportNote> notes)
    {
        this.calendars = calendars;
        this.notes = notes;
        foreach (var resource in schedule.Resources)
        {
            resources.TryAdd(resource.Id, resource);
        }

        foreach (var assignment in schedule.Assignments)
        {
            if (!byTask.TryGetValue(assignment.TaskId, out var list))
            {
                byTask[assignment.TaskId] = list = [];
            }

            list.Add(assignment);
        }
    }

    public IReadOnlyList<ScheduleAssignment> For(XerTask task)
    {
        if (task.Type != "TT_Rsrc" || task.Status == "TK_Complete" || !byTask.TryGetValue(task.Id, out var list))
        {
            return [];
        }

        var result = new List<ScheduleAssignment>(list.Count);
        foreach (var a in list)
        {
            // Roles without a resource and materials have no working time of their own.
            if (a.ResourceId is not { } rid || !resources.TryGetValue(rid, out var resource) || resource.Type == "RT_Mat"
                || a.RemainingUnits <= 0 || a.RemainingUnitsPerHour is not > 0m)
            {
                continue;
            }

            if (a.RemainingLagHours != 0)
            {
                notes.Add(new ImportNote(ImportNoteKind.Changed, a.Row.Describe(), InterchangeText.Get("Note.AssignmentLag")));
            }

            result.Add(new ScheduleAssignment
            {
                ResourceId = XerCalendarMapper.Key(rid),
                CalendarId = CalendarOf(resource, a),
                RemainingWorkMinutes = (long)Math.Round(a.RemainingUnits * 60m, MidpointRounding.AwayFromZero),
                Units = (double)a.RemainingUnitsPerHour.Value,
            });
        }

        return result;
    }

    private string? CalendarOf(XerResource resource, XerAssignment a)
    {
        if (resource.CalendarId is not { } cid)
        {
            return null;
        }

        var key = XerCalendarMapper.Key(cid);
        if (calendars.ContainsKey(key))
        {
            return key;
        }

        notes.Add(new ImportNote(ImportNoteKind.Changed, a.Row.Describe(), InterchangeText.Format("Note.ResourceCalendarMissing", XerCalendarMapper.Key(resource.Id), key)));
        return null;
    }
}
