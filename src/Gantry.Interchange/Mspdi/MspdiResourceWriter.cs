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

    public static void Write(MspdiXml x, ImportedSchedule schedule, ScheduleDetails details, Dictionary<string, int> taskUids, Dictionary<string, int> calendarUids, List<ImportNote> notes)
    {
        var userFields = new MspdiUserFields(details.UserFieldDefinitions, notes);
        var (resources, assignments) = details.Resources.Count > 0 || details.Assignments.Count > 0
            ? (details.Resources, details.Assignments)
            : FromNames(schedule, details);
        var resourceUids = MspdiUids.Assign(resources.Select(r => r.Id), 0);
        x.Start("Resources");
        int id = 0;
        foreach (var resource in resources)
        {
            x.Start("Resource");
            string record = "Resource UID " + resourceUids[resource.Id].ToString(CultureInfo.InvariantCulture);
            var rate = Rate(resource, schedule.Options.ProjectStart, record, notes);
            x.Int("UID", resourceUids[resource.Id]);
            x.Int("ID", resourceUids[resource.Id] == 0 ? 0 : ++id);
            x.Text("Name", resource.Name ?? resource.Code);
            x.Int("Type", resource.Kind switch { ResourceKind.Material => 0, ResourceKind.Cost => 2, _ => 1 });
            x.Flag("IsNull", false);
            x.Number("MaxUnits", rate?.MaxUnitsPerHour);
            x.Number("StandardRate", rate?.PricePerUnit);
            x.Number("Cost", resource.Cost);
            x.Int("CalendarUID", resource.CalendarId is { } c && calendarUids.TryGetValue(c, out int uid) ? uid : null);
            userFields.Write(x, resource.UserFields, record);

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
            x.Duration("ActualWork", ActualWork(a));
            x.Number("Cost", Cost(a));
            x.Date("Finish", a.Finish);
            x.Duration("RemainingWork", a.RemainingWorkMinutes);
            x.Date("Start", a.Start);
            x.Number("Units", a.UnitsPerHour);
            x.Duration("Work", a.WorkMinutes);
            x.Int("WorkContour", a.WorkContour);
            x.End();
        }

        x.End();
    }

    /// <summary>MS Project's actual work includes overtime.</summary>
    private static decimal? ActualWork(AssignmentDetails a) =>
        a.ActualWorkMinutes is { } regular ? regular + a.ActualOvertimeWorkMinutes
        : a.ActualOvertimeWorkMinutes != 0 ? a.ActualOvertimeWorkMinutes
        : null;

    /// <summary>The file's cost at completion, else actual plus remaining cost when there is any (P6).</summary>
    private static decimal? Cost(AssignmentDetails a) => a.Cost ?? (a.AtCompletionCost != 0 ? a.AtCompletionCost : null);

    /// <summary>
    /// MS Project's standard rate and max units are one rate (cost rate table A has more, which
    /// MSPDI keeps elsewhere): the rate in effect when the project starts is written.
    /// </summary>
    private static ResourceRate? Rate(ResourceDetails resource, DateTime projectStart, string record, List<ImportNote> notes)
    {
        if (resource.Rates.Count == 0)
        {
            return null;
        }

        var rate = resource.Rates.LastOrDefault(r => r.From == null || r.From <= projectStart) ?? resource.Rates[0];
        if (resource.Rates.Count > 1)
        {
            notes.Add(new ImportNote(ImportNoteKind.Skipped, record, InterchangeText.Format("Note.DatedRates", resource.Rates.Count - 1)));
        }

        return rate;
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

                assignments.Add(new AssignmentDetails { ActivityId = activity.Id, ResourceId = name, UnitsPerHour = 1 });
            }
        }

        return (resources, assignments);
    }
}
