using System.Globalization;
using Gantry.Scheduling;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// Collects from an MSPDI file everything a planner keeps besides the logic the engine reads:
/// outline, display formats, work, progress marks, baselines 0–10, custom fields, resources,
/// assignments and lag formats, keyed by the ids the mapper gave the engine. With the
/// <see cref="ImportedSchedule"/> it is what <see cref="MspdiWriter"/> needs to give the file back.
/// </summary>
internal static class MspdiDetailsReader
{
    /// <summary>MS Project writes assignments to this resource UID for tasks with no resource.</summary>
    private const int Unassigned = -65535;

    public static ScheduleDetails Read(MspdiProject project, ImportedSchedule imported)
    {
        var ids = imported.Network.Activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var resourceNames = project.Resources.GroupBy(r => r.Uid).ToDictionary(g => g.Key, g => g.First().Name);
        var assignments = project.Assignments.ToLookup(a => a.TaskUid);
        var details = new List<ActivityDetails>();
        var links = new List<LinkDetails>();
        bool anyResource = false, anyBaseline = false;
        foreach (var task in project.Tasks)
        {
            string id = Key(task.Uid);
            if (!ids.Contains(id))
            {
                continue;
            }

            var own = assignments[task.Uid].Where(a => resourceNames.ContainsKey(a.ResourceUid)).ToList();
            anyResource |= own.Count > 0;
            var baseline = task.Baselines.FirstOrDefault(b => b.Number == 0);
            anyBaseline |= baseline?.Finish != null;
            decimal cost = own.Sum(a => a.Cost ?? 0);
            details.Add(new ActivityDetails
            {
                Id = id,
                WbsCode = task.Wbs,
                Resources = [.. own.Select(a => resourceNames[a.ResourceUid]).OfType<string>().Distinct(StringComparer.Ordinal)],
                Budget = cost > 0 ? cost : null,
                PlannedStart = baseline?.Start,
                PlannedFinish = baseline?.Finish,
                OutlineLevel = task.OutlineLevel,
                DurationDisplay = MspdiDurationFormat.ToDisplay(task.DurationFormat),
                ExactDurationMinutes = task.DurationMinutes,
                ExactActualDurationMinutes = task.ActualDurationMinutes,
                ExactRemainingDurationMinutes = task.RemainingDurationMinutes,
                WorkMinutes = task.WorkMinutes,
                Start = task.Start,
                Finish = task.Finish,
                Stop = task.Stop,
                Resume = task.Resume,
                ManuallyScheduled = task.Manual,
                FileConstraint = task.Manual && !task.Summary ? FileConstraint(task) : null,
                IgnoresResourceCalendars = task.IgnoreResourceCalendar,
                Baselines = [.. task.Baselines.Select(b => new BaselineValues
                {
                    Number = b.Number,
                    Start = b.Start,
                    Finish = b.Finish,
                    DurationMinutes = b.DurationMinutes,
                    WorkMinutes = b.WorkMinutes,
                    Cost = b.Cost,
                })],
                UserFields = [.. task.ExtendedAttributes.Select(UserField)],
            });
            links.AddRange(task.Predecessors
                .Where(l => ids.Contains(Key(l.PredecessorUid)) && !l.CrossProject && MspdiDurationFormat.ToDisplay(l.LagFormat) is not null)
                .Select(l => new LinkDetails(Key(l.PredecessorUid), id, LinkType(l.Type), MspdiDurationFormat.ToDisplay(l.LagFormat)!.Value)));
        }

        return new ScheduleDetails(details, anyResource, anyBaseline)
        {
            Project = new ProjectDetails
            {
                Name = project.Name,
                Title = project.Title,
                StatusDate = project.StatusDate,
                CurrentDate = project.CurrentDate,
                ScheduleFromStart = project.ScheduleFromStart,
                DefaultStartMinute = project.DefaultStartTime,
                DefaultFinishMinute = project.DefaultFinishTime,
                HonorConstraints = project.HonorConstraints,
            },
            Resources = [.. project.Resources.Select(r => new ResourceDetails
            {
                Id = Key(r.Uid),
                Name = r.Name,
                Kind = r.Type switch { 0 => ResourceKind.Material, 2 => ResourceKind.Cost, _ => ResourceKind.Labor },
                CalendarId = r.CalendarUid is { } c && imported.Calendars.ContainsKey(Key(c)) ? Key(c) : null,
                Rates = r.MaxUnits == null && r.StandardRate == null ? [] : [new ResourceRate { PricePerUnit = r.StandardRate, MaxUnitsPerHour = r.MaxUnits }],
                Cost = r.Cost,
                UserFields = [.. r.ExtendedAttributes.Select(UserField)],
            })],
            Assignments = [.. project.Assignments.Where(a => ids.Contains(Key(a.TaskUid))).Select(a => new AssignmentDetails
            {
                Id = Key(a.Uid),
                ActivityId = Key(a.TaskUid),
                ResourceId = a.ResourceUid == Unassigned ? null : Key(a.ResourceUid),
                // MS Project has one units figure for the whole assignment, done and remaining.
                UnitsPerHour = a.Units,
                RemainingUnitsPerHour = a.Units,
                WorkMinutes = a.WorkMinutes,
                ActualWorkMinutes = a.ActualWorkMinutes,
                RemainingWorkMinutes = a.RemainingWorkMinutes,
                Cost = a.Cost,
                Start = a.Start,
                Finish = a.Finish,
                WorkContour = a.WorkContour,
            })],
            UserFieldDefinitions = [.. project.ExtendedAttributeDefinitions.Select(d => new UserFieldDefinition(d.FieldId, d.FieldName, d.Alias))],
            Links = links,
        };
    }

    private static UserFieldValue UserField(MspdiExtendedAttributeValue x) => new() { Field = x.FieldId, Text = x.Value };

    internal static RelationshipType LinkType(int type) => type switch
    {
        0 => RelationshipType.FinishToFinish,
        2 => RelationshipType.StartToFinish,
        3 => RelationshipType.StartToStart,
        _ => RelationshipType.FinishToStart,
    };

    /// <summary>A manual task's own constraint; a dated type without its date is kept as "as soon as possible", as MS Project shows it.</summary>
    private static ScheduleConstraint FileConstraint(MspdiTask task) => task.ConstraintType switch
    {
        0 => ScheduleConstraint.None,
        1 => new ScheduleConstraint(ConstraintType.AsLateAsPossible),
        _ when task.ConstraintDate is not { } date => ScheduleConstraint.None,
        2 => new ScheduleConstraint(ConstraintType.StartOn, task.ConstraintDate),
        3 => new ScheduleConstraint(ConstraintType.FinishOn, task.ConstraintDate),
        4 => new ScheduleConstraint(ConstraintType.StartNoEarlierThan, task.ConstraintDate),
        5 => new ScheduleConstraint(ConstraintType.StartNoLaterThan, task.ConstraintDate),
        6 => new ScheduleConstraint(ConstraintType.FinishNoEarlierThan, task.ConstraintDate),
        _ => new ScheduleConstraint(ConstraintType.FinishNoLaterThan, task.ConstraintDate),
    };

    private static string Key(int uid) => uid.ToString(CultureInfo.InvariantCulture);
}
