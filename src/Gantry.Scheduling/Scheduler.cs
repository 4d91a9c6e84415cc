using Gantry.Scheduling.Engine;

namespace Gantry.Scheduling;

/// <summary>The critical path method: schedules a network once and returns its dates and floats.</summary>
public static class Scheduler
{
    /// <summary>
    /// Schedules <paramref name="network"/> with <paramref name="options"/>.
    /// Throws <see cref="ScheduleError"/> for a loop, a missing activity or calendar, a calendar
    /// without work or a date out of range.
    /// </summary>
    public static ScheduleResult Schedule(ScheduleNetwork network, ScheduleOptions options)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(options);
        var engine = new ScheduleEngine(Compile(network, options), options);
        engine.Run();
        return engine.ToResult();
    }

    internal static CompiledNetwork Compile(ScheduleNetwork network, ScheduleOptions options)
    {
        if (network.Activities is null)
        {
            throw new ScheduleError(ScheduleErrorKind.InvalidInput, EngineText.Get("NoActivityList"), []);
        }

        var around = Minutes.From(options.DataDate ?? options.ProjectStart);
        if (around < Minutes.Min || around > Minutes.Max)
        {
            throw new ScheduleError(ScheduleErrorKind.DateOutOfRange, EngineText.Get("StartOutOfRange"), []);
        }

        var calendars = new CalendarTimelines(network.Calendars ?? [], options.DefaultCalendarId, around);
        return new CompiledNetwork(network, options, calendars);
    }
}
