namespace Gantry.Core.Schedules;

/// <summary>One date of a calendar year: its kind, the working minutes the engine sees, and the exception's or festival's name.</summary>
public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind, int WorkingMinutes, string? Note);
