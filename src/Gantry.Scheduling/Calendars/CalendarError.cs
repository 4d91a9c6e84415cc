namespace Gantry.Scheduling.Calendars;

/// <summary>
/// A calendar cannot answer: bad definition, an instant outside the supported range, or no working
/// time left to reach. The message names the calendar and the date so a planner can find the cause.
/// </summary>
public sealed class CalendarError : Exception
{
    public CalendarError()
    {
    }

    public CalendarError(string message)
        : base(message)
    {
    }

    public CalendarError(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
