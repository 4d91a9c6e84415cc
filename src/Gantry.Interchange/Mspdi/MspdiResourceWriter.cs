using System.Globalization;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// Writes <c>Resources</c> and <c>Assignments</c>. A schedule that lists resources only by name on
/// its activities (Excel, a P6 file read without its resource table) gets one work resource per
/// name and one assignment per activity and name, so the names survive.
/// </summary>
internal static class MspdiResourceWriter
{
    /// <summary>MS Project's resource UID for an assignment with no resource.</summary>
    private const int Unassigned = -65535;

    public static void Write(MspdiXml x, ImportedSchedule schedule, ScheduleDetails details, Dictionary<string, int> taskUids, Dictionary<string, int> calendarUids)
    {
        var (resources, assignments) = details.Resources.Count > 0 || details.Assignments.Count > 0
            ? (details.Resources, details.Assignments)
            : FromNames(schedule, details);
        var resourceUids = MspdiUids.Assign(resources.Select(r => r.Id), 0);
        x.Start("Resources");
        int id = 0;
        foreach (var resource in resources)
        {
            x.Start("Resource");
            x.Int("UID", resourceUids[resource.Id]);
            x.Int("ID", resourceUids[resource.Id] == 0 ? 0 : ++id);
            x.Text("Name", resource.Name);
            x.Int("Type", resource.Kind switch { ResourceKind.Material => 0, ResourceKind.Cost => 2, _ => 1 });
            x.Flag("IsNull", false);
            x.Number("MaxUnits", resource.MaxUnits);
            x.Number("StandardRate", resource.StandardRate);
            x.Number("Cost", resource.Cost);
            x.Int("CalendarUID", resource.CalendarId is { } c && calendarUids.TryGetValue(c, out int uid) ? uid : null);
            foreach (var value in resource.CustomFields)
            {
                x.Start("ExtendedAttribute");
                x.Text("FieldID", value.FieldId);
                x.Text("Value", value.Value);
                x.End();
            }

            x.End();
        }

        x.End();
        var assignmentUids = MspdiUids.Assign(assignments.Select((a, i) => a.Id ?? "#" + i.ToString(CultureInfo.InvariantCulture)), 0);
        x.Start("Assignments");
        for (int i = 0; i < assignments.Count; i++)
        {
            var a = assignments[i];
            if (!taskUids.TryGetValue(a.ActivityId, out int taskUid))
            {
                continue;
            }

            x.Start("Assignment");
            x.Int("UID", assignmentUids[a.Id ?? "#" + i.ToString(CultureInfo.InvariantCulture)]);
            x.Int("TaskUID", taskUid);
            x.Int("ResourceUID", a.ResourceId is { } r && resourceUids.TryGetValue(r, out int resourceUid) ? resourceUid : Unassigned);
            x.Duration("ActualWork", a.ActualWorkMinutes);
            x.Number("Cost", a.Cost);
            x.Date("Finish", a.Finish);
            x.Duration("RemainingWork", a.RemainingWorkMinutes);
            x.Date("Start", a.Start);
            x.Number("Units", a.Units);
            x.Duration("Work", a.WorkMinutes);
            x.Int("WorkContour", a.WorkContour);
            x.End();
        }

        x.End();
    }

    private static (IReadOnlyList<ResourceDetails>, IReadOnlyList<AssignmentDetails>) FromNames(ImportedSchedule schedule, ScheduleDetails details)
    {
        var resources = new List<ResourceDetails>();
        var assignments = new List<AssignmentDetails>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var activity in schedule.Network.Activities)
        {
            foreach (string name in details.For(activity.Id)?.Resources ?? [])
            {
                if (seen.Add(name))
                {
                    resources.Add(new ResourceDetails { Id = name, Name = name });
                }

                assignments.Add(new AssignmentDetails { ActivityId = activity.Id, ResourceId = name, Units = 1 });
            }
        }

        return (resources, assignments);
    }
}
