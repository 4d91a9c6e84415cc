namespace Gantry.Scheduling.Calendars;

/// <summary>
/// The span every calendar covers: 1900-01-01 00:00 up to the end of 2200-12-31. Fixed bounds keep every
/// search finite and let day numbers and working-minute totals fit plain arrays.
/// </summary>
internal static class CalendarRange
{
    public const int FirstYear = 1900;
    public const int LastYear = 2200;
    public const int YearCount = LastYear - FirstYear + 1;
    public const int MinutesPerDay = WorkingPeriod.MinutesPerCalendarDay;

    public static readonly DateOnly FirstDate = new(FirstYear, 1, 1);
    public static readonly DateOnly LastDate = new(LastYear, 12, 31);
    public static readonly int FirstDayNumber = FirstDate.DayNumber;
    public static readonly int DayCount = LastDate.DayNumber - FirstDayNumber + 1;
    public static readonly long FirstTicks = FirstDate.ToDateTime(TimeOnly.MinValue).Ticks;

    /// <summary>Minute number of the end of the range (2201-01-01 00:00), the last instant a calendar accepts.</summary>
    public static readonly long EndMinute = (long)DayCount * MinutesPerDay;

    /// <summary>Day number (from <see cref="FirstDate"/>) of 1 January of each year, plus one entry past the end.</summary>
    public static readonly int[] YearStartDay = BuildYearStarts();

    public static int DayIndex(DateOnly date) => date.DayNumber - FirstDayNumber;

    public static bool Contains(DateOnly date) => date >= FirstDate && date <= LastDate;

    /// <summary>Index of the year holding a day index, without a search: an estimate from the 400-year cycle, then one correction.</summary>
    public static int YearIndexOf(int dayIndex)
    {
        var estimate = (int)(dayIndex * 400L / 146097);
        if (estimate >= YearCount)
        {
            estimate = YearCount - 1;
        }

        if (YearStartDay[estimate] > dayIndex)
        {
            estimate--;
        }
        else if (YearStartDay[estimate + 1] <= dayIndex)
        {
            estimate++;
        }

        return estimate;
    }

    /// <summary>Day of week of a day index; 1900-01-01 was a Monday.</summary>
    public static DayOfWeek DayOfWeekOf(int dayIndex) => (DayOfWeek)((dayIndex + 1) % 7);

    private static int[] BuildYearStarts()
    {
        var starts = new int[YearCount + 1];
        for (var i = 0; i <= YearCount; i++)
        {
            starts[i] = new DateOnly(FirstYear + i, 1, 1).DayNumber - FirstDate.DayNumber;
        }

        return starts;
    }
}
