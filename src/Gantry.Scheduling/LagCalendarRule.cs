namespace Gantry.Scheduling;

/// <summary>P6's "calendar for scheduling relationship lag" option.</summary>
public enum LagCalendarRule
{
    Predecessor,
    Successor,
    TwentyFourHour,
    ProjectDefault,
}
