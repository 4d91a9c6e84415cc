using Gantry.Scheduling.Calendars;

namespace Gantry.Scheduling;

/// <summary>
/// What a scheduling run reads: activities, their logic, and the calendars they work on.
/// Input order does not matter; the engine sorts the logic itself.
/// </summary>
public sealed class ScheduleNetwork
{
    public required IReadOnlyList<ScheduleActivity> Activities { get; init; }

    public IReadOnlyList<ScheduleRelationship> Relationships { get; init; } = [];

    /// <summary>
    /// Calendars by their <see cref="CalendarDefinition.Id"/>, base calendars included. With none,
    /// activities work the standard week (Monday to Friday, 08:00-12:00 and 13:00-17:00).
    /// </summary>
    public IReadOnlyList<CalendarDefinition> Calendars { get; init; } = [];
}
