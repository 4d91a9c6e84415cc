namespace Gantry.Core.Schedules;

/// <summary>
/// The answer to every schedule edit: the edited record's id and new version (when there is one),
/// the project finish, the schedule revision and the activities that moved.
/// </summary>
public sealed record ScheduleChange(Guid? Id, int? Version, DateTime? Finish, int Revision, IReadOnlyList<MovedActivity> Moved);
