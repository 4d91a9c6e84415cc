namespace Gantry.Scheduling.Engine;

/// <summary>
/// Working time counted the way P6 counts the float of an undelayed as-late-as-possible
/// activity: whole working days, plus the clock time since each day's first working minute,
/// capped at that day's working time. On a 08:00-12:00, 13:00-17:00 day 16:00 is therefore a
/// full day (8 h since 08:00) like 17:00, and 10:00 is 2 h, whatever the lunch break.
/// </summary>
internal static class DayPositions
{
    public static long Between(Timeline calendar, long from, long to)
    {
        var fromDay = from - (from % Minutes.PerDay);
        var toDay = to - (to % Minutes.PerDay);
        return calendar.WorkBetween(fromDay, toDay) + IntoDay(calendar, to, toDay) - IntoDay(calendar, from, fromDay);
    }

    private static long IntoDay(Timeline calendar, long t, long day)
    {
        var first = calendar.NextWorkStart(day);
        return first >= t ? 0 : Math.Min(calendar.WorkBetween(day, day + Minutes.PerDay), t - first);
    }
}
