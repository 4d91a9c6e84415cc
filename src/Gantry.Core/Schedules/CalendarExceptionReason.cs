namespace Gantry.Core.Schedules;

/// <summary>Why a calendar exception exists; the engine treats them alike, reports do not.</summary>
public enum CalendarExceptionReason
{
    /// <summary>Holiday or other planned day off (or a planned working day with other hours).</summary>
    Holiday = 1,

    /// <summary>Weather stoppage (恶劣天气停工): rain, typhoon, heat; added as work is lost.</summary>
    Weather = 2,

    /// <summary>Anything else the planner records (a site shutdown for an inspection, a local event).</summary>
    Other = 3,
}
