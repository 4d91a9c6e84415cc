namespace Gantry.Scheduling.Calendars;

/// <summary>
/// A dated exception to the work week. <see cref="From"/> and <see cref="To"/> are both part of the
/// range because that is how P6 and MS Project show them. Empty <see cref="Periods"/> means the days
/// do not work; otherwise the days work exactly these periods instead of the week's.
/// </summary>
public sealed record CalendarException(DateOnly From, DateOnly To, IReadOnlyList<WorkingPeriod> Periods, string? Name = null)
{
    /// <summary>A single non-working day, the common holiday case.</summary>
    public static CalendarException NonWorking(DateOnly date, string? name = null) => new(date, date, [], name);
}
