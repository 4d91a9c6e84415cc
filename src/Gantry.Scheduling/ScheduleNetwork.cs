namespace Gantry.Scheduling;

/// <summary>
/// What a scheduling run reads: activities, their logic, and the calendars they work on.
/// Input order does not matter; the engine sorts the logic itself.
/// </summary>
public sealed class ScheduleNetwork
{
    public required IReadOnlyList<ScheduleActivity> Activities { get; init; }

    public IReadOnlyList<ScheduleRelationship> Relationships { get; init; } = [];
}
