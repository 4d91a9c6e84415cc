namespace Gantry.Scheduling.Calendars;

/// <summary>
/// A calendar as importers and the database describe it. <see cref="WorkCalendar.Compile"/> turns it
/// into the fast form the scheduler uses.
/// </summary>
public sealed class CalendarDefinition
{
    public required string Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary>
    /// Inherit the base calendar's week and exceptions. For any date the derived calendar's own exception
    /// (dated, recurring or statutory holiday) wins over the base's, as in MS Project base calendars and P6 resource calendars.
    /// </summary>
    public string? BaseCalendarId { get; init; }

    /// <summary>Null inherits the base calendar's week, or <see cref="Calendars.WorkWeek.Standard"/> when there is no base.</summary>
    public WorkWeek? WorkWeek { get; init; }

    /// <summary>
    /// Weeks that replace <see cref="WorkWeek"/> for date ranges (MS Project work weeks). A calendar that sets its
    /// own <see cref="WorkWeek"/> does not inherit its base's dated weeks; a later entry wins where two overlap.
    /// </summary>
    public IReadOnlyList<DatedWorkWeek> DatedWorkWeeks { get; init; } = [];

    public IReadOnlyList<CalendarException> Exceptions { get; init; } = [];

    public IReadOnlyList<RecurringException> RecurringExceptions { get; init; } = [];

    /// <summary>
    /// Applies China's statutory holidays (off) and make-up working days (调休, worked with the normal weekday
    /// hours) from <see cref="ChinaStatutoryHolidays"/>. A derived calendar inherits the switch from its base.
    /// </summary>
    public bool IncludeChinaStatutoryHolidays { get; init; }

    /// <summary>Minutes in one "day" of duration, lag or float (P6 <c>day_hr_cnt</c> × 60, MSPDI <c>MinutesPerDay</c>).</summary>
    public int MinutesPerDay { get; init; } = 480;

    public int MinutesPerWeek { get; init; } = 2400;

    public int MinutesPerMonth { get; init; } = 9600;
}
