namespace Gantry.Core.Schedules;

/// <summary>A resource assignment as the engine needs it (P6 resource-dependent work on its own calendar).</summary>
public sealed record AssignmentRule(string? ResourceId, Guid? CalendarId, long RemainingWorkMinutes, double Units, long? DurationMinutes);
