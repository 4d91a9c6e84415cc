namespace Gantry.Scheduling.Calendars;

/// <summary>What the State Council's notice makes of a date.</summary>
public enum ChinaHolidayKind
{
    /// <summary>放假: a day off, including the weekend days inside a holiday span.</summary>
    Holiday,

    /// <summary>调休上班: a weekend day that is worked to pay for a longer holiday.</summary>
    MakeUpWorkday,
}
