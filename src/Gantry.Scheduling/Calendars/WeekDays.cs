namespace Gantry.Scheduling.Calendars;

/// <summary>A set of weekdays. The bit values are those of MSPDI <c>DaysOfWeek</c> (Sunday = 1 … Saturday = 64) so importers copy the number.</summary>
[Flags]
public enum WeekDays
{
    None = 0,
    Sunday = 1,
    Monday = 2,
    Tuesday = 4,
    Wednesday = 8,
    Thursday = 16,
    Friday = 32,
    Saturday = 64,
}
