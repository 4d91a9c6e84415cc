using System.Globalization;

namespace Gantry.Scheduling.Calendars;

/// <summary>
/// One working interval within a day in minutes from midnight. The end is exclusive so that
/// 08:00–12:00 holds 240 minutes and 24:00 (1440) can close a night shift that continues at 00:00.
/// </summary>
public readonly record struct WorkingPeriod(int StartMinute, int EndMinute)
{
    public const int MinutesPerCalendarDay = 1440;

    public int StartMinute { get; } = Check(StartMinute, EndMinute);

    public int EndMinute { get; } = EndMinute;

    public int Minutes => EndMinute - StartMinute;

    /// <summary>Builds a period from clock times; an end of 0:00 or 24:00 means midnight at the end of the day.</summary>
    public static WorkingPeriod FromHours(int startHour, int startMinute, int endHour, int endMinute)
    {
        var end = (endHour * 60) + endMinute;
        return new WorkingPeriod((startHour * 60) + startMinute, end == 0 ? MinutesPerCalendarDay : end);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{StartMinute / 60:00}:{StartMinute % 60:00}-{EndMinute / 60:00}:{EndMinute % 60:00}");

    private static int Check(int start, int end)
    {
        if (start < 0 || end > MinutesPerCalendarDay || start >= end)
        {
            throw new CalendarError(EngineText.Format("WorkingPeriodInvalid", start, end));
        }

        return start;
    }
}
