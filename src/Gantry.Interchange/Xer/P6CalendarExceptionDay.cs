namespace Gantry.Interchange.Xer;

/// <summary>
/// A day that does not follow the work week: no periods means a holiday, periods mean the day is
/// worked with exactly those hours.
/// </summary>
public sealed record P6CalendarExceptionDay(DateOnly Date, IReadOnlyList<P6WorkPeriod> Periods)
{
    public bool IsWorking => Periods.Count > 0;
}
