namespace Gantry.Core.Schedules;

/// <summary>
/// The answer to every schedule edit: the edited record's id and new version (when there is one),
/// the project finish, the schedule revision and the activities that moved. Beside the moved list
/// (what the planner is shown) it carries every activity and link row whose stored values changed,
/// as the schedule document has them, and the ids of removed rows: a page patches exactly these rows
/// in place instead of loading the whole document again.
/// </summary>
public sealed record ScheduleChange(Guid? Id, int? Version, DateTime? Finish, int Revision, IReadOnlyList<MovedActivity> Moved)
{
    /// <summary>Activities added or changed by the edit or the reschedule (dates, floats, critical, version), as the document has them.</summary>
    public IReadOnlyList<ActivityPayload> Activities { get; init; } = [];

    public IReadOnlyList<Guid> RemovedActivityIds { get; init; } = [];

    /// <summary>Links added or changed, including those whose driving flag the reschedule flipped.</summary>
    public IReadOnlyList<LinkPayload> Links { get; init; } = [];

    public IReadOnlyList<Guid> RemovedLinkIds { get; init; } = [];
}
