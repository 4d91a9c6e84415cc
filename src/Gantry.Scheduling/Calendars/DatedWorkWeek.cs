namespace Gantry.Scheduling.Calendars;

/// <summary>
/// A work week that replaces the calendar's normal week between two dates, both inclusive: MS Project's
/// "Work Weeks" tab (MSPDI <c>WorkWeeks/WorkWeek</c>), e.g. summer hours from June to August.
/// Exceptions still apply on top of it.
/// </summary>
public sealed record DatedWorkWeek(DateOnly From, DateOnly To, WorkWeek Week, string? Name = null);
