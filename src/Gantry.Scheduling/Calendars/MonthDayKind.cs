namespace Gantry.Scheduling.Calendars;

/// <summary>
/// Which kind of day a "the first/second/…/last X of the month" rule counts. The numbers are MSPDI
/// <c>MonthItem</c> (0 = day, 1 = weekday, 2 = weekend day, 3 = Sunday … 9 = Saturday).
/// </summary>
public enum MonthDayKind
{
    Day = 0,
    Weekday = 1,
    WeekendDay = 2,
    Sunday = 3,
    Monday = 4,
    Tuesday = 5,
    Wednesday = 6,
    Thursday = 7,
    Friday = 8,
    Saturday = 9,
}
