using System.Globalization;

namespace Gantry.Scheduling.Tests.Calendars;

/// <summary>Short helpers so case tables read like a planner's notes: "2024-02-08 08:00".</summary>
internal static class CalendarTestData
{
    public static DateTime At(string text) =>
        DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static DateOnly Day(string text) =>
        DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Show(DateTime t) => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
