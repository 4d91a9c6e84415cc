namespace Gantry.Scheduling;

/// <summary>Why a network cannot be scheduled.</summary>
public enum ScheduleErrorKind
{
    /// <summary>The logic loops; the activities of one loop are listed in order.</summary>
    Loop,

    /// <summary>A relationship or parent names an activity that is not in the network.</summary>
    MissingActivity,

    /// <summary>An activity or option names a calendar that is not in the network.</summary>
    MissingCalendar,

    /// <summary>A calendar has no working time at all, so no work could ever be placed.</summary>
    CalendarWithoutWork,

    /// <summary>A date or duration falls outside the supported range.</summary>
    DateOutOfRange,

    /// <summary>Two activities share an id, or a field holds an impossible value.</summary>
    InvalidInput,
}
