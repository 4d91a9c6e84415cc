namespace Gantry.Scheduling.Calendars;

/// <summary>Which occurrence within the month; the numbers are MSPDI <c>MonthPosition</c> (0 = first … 4 = last).</summary>
public enum WeekOfMonth
{
    First = 0,
    Second = 1,
    Third = 2,
    Fourth = 3,
    Last = 4,
}
