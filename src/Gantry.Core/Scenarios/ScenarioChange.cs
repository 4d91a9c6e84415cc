using Gantry.Core.Schedules;
using Gantry.Scheduling;

namespace Gantry.Core.Scenarios;

/// <summary>
/// One edit of a scenario, in the order it was made. Fields a kind does not use stay null. Records the
/// scenario creates (an activity, link or calendar) get their id when the change is recorded, so later
/// changes can refer to them and adoption can map them to the live records it creates.
/// </summary>
public sealed record ScenarioChange
{
    public ScenarioChangeKind Kind { get; init; }

    public Guid? ActivityId { get; init; }

    public Guid? LinkId { get; init; }

    /// <summary>ChangeActivity/AddActivity: the calendar to use; AddCalendar: the new calendar's id.</summary>
    public Guid? CalendarId { get; init; }

    public long? DurationMinutes { get; init; }

    /// <summary>AsSoonAsPossible removes the constraint.</summary>
    public ConstraintType? ConstraintType { get; init; }

    public DateTime? ConstraintDate { get; init; }

    public Guid? PredecessorId { get; init; }

    public Guid? SuccessorId { get; init; }

    public RelationshipType? LinkType { get; init; }

    public double? LagMinutes { get; init; }

    public string? Code { get; init; }

    public string? Name { get; init; }

    /// <summary>AddCalendar: the calendar as the planner entered it.</summary>
    public CalendarInput? Calendar { get; init; }

    public DateTime MadeAt { get; init; }

    public string? MadeByName { get; init; }

    /// <summary>The edit as the live schedule's partial update takes it, so scenario and adoption apply the same rules.</summary>
    public ActivityPatch ToPatch(int? version) => new()
    {
        OriginalDurationMinutes = DurationMinutes,
        CalendarId = CalendarId,
        ConstraintType = ConstraintType is Scheduling.ConstraintType.AsSoonAsPossible ? null : ConstraintType,
        ConstraintDate = ConstraintDate,
        Clear = ConstraintType is Scheduling.ConstraintType.AsSoonAsPossible ? ["constraint"] : null,
        Version = version,
    };

    public ActivityInput ToNewActivity() => new()
    {
        Code = Code, Name = Name, OriginalDurationMinutes = DurationMinutes, CalendarId = CalendarId,
        ConstraintType = ConstraintType, ConstraintDate = ConstraintDate,
    };
}
