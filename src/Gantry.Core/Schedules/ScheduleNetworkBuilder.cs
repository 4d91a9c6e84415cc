using System.Text.Json;
using Gantry.Scheduling;

namespace Gantry.Core.Schedules;

/// <summary>
/// Turns the stored schedule into the engine's network: ids are the rows' GUIDs in "D" form, so
/// results map back without a lookup table.
/// </summary>
public static class ScheduleNetworkBuilder
{
    public static ScheduleNetwork Build(IReadOnlyList<ProjectCalendar> calendars, IReadOnlyList<Activity> activities,
        IReadOnlyList<ActivityLink> links)
    {
        var engineActivities = new ScheduleActivity[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            engineActivities[i] = ToEngine(activities[i]);
        }

        var relationships = new ScheduleRelationship[links.Count];
        for (var i = 0; i < links.Count; i++)
        {
            var l = links[i];
            relationships[i] = new ScheduleRelationship
            {
                PredecessorId = l.PredecessorId.ToString(), SuccessorId = l.SuccessorId.ToString(), Type = l.Type, Lag = l.Lag, LagKind = l.LagKind,
            };
        }

        return new ScheduleNetwork
        {
            Activities = engineActivities,
            Relationships = relationships,
            Calendars = calendars.Select(c => c.ToDefinition()).ToList(),
        };
    }

    public static ScheduleActivity ToEngine(Activity a) => new()
    {
        Id = a.Id.ToString(),
        Code = a.Code,
        Name = a.Name,
        Type = a.Type,
        CalendarId = a.CalendarId?.ToString(),
        OriginalDurationMinutes = a.OriginalDurationMinutes,
        RemainingDurationMinutes = a.RemainingDurationMinutes,
        ElapsedDuration = a.ElapsedDuration,
        PercentComplete = a.PercentComplete,
        ActualStart = a.ActualStart,
        ActualFinish = a.ActualFinish,
        SuspendDate = a.SuspendDate,
        ResumeDate = a.ResumeDate,
        PrimaryConstraint = Constraint(a.ConstraintType, a.ConstraintDate),
        SecondaryConstraint = Constraint(a.SecondaryConstraintType, a.SecondaryConstraintDate),
        Deadline = a.Deadline,
        ExpectedFinish = a.ExpectedFinish,
        ParentId = a.SummaryActivityId?.ToString(),
        Assignments = a.AssignmentsJson is null ? [] : Assignments(a.AssignmentsJson),
    };

    private static ScheduleConstraint Constraint(ConstraintType? type, DateTime? date) =>
        type is null ? ScheduleConstraint.None : new ScheduleConstraint(type.Value, date);

    private static ScheduleAssignment[] Assignments(string json) =>
        (JsonSerializer.Deserialize<AssignmentRule[]>(json, ProjectCalendar.Json) ?? [])
        .Select(r => new ScheduleAssignment
        {
            ResourceId = r.ResourceId, CalendarId = r.CalendarId?.ToString(), RemainingWorkMinutes = r.RemainingWorkMinutes, Units = r.Units,
            DurationMinutes = r.DurationMinutes,
        }).ToArray();
}
