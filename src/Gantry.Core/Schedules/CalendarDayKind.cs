namespace Gantry.Core.Schedules;

/// <summary>What a day of a calendar is, as the calendars page colours it.</summary>
public enum CalendarDayKind
{
    Working,

    /// <summary>Off by the work week (a normal weekend).</summary>
    NonWorking,

    /// <summary>A statutory or planned holiday.</summary>
    Holiday,

    /// <summary>A weekend day worked to pay for a holiday (调休上班).</summary>
    MakeUpDay,

    /// <summary>Weather stoppage (天气停工).</summary>
    Weather,

    /// <summary>Another exception the planner recorded.</summary>
    Other,
}
