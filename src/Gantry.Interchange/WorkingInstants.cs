using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange;

/// <summary>Compiles each calendar of an imported schedule once, when a comparison first needs it.</summary>
internal sealed class WorkingInstants(ImportedSchedule imported)
{
    private readonly Dictionary<string, WorkCalendar?> _compiled = new(StringComparer.Ordinal);

    public WorkCalendar? For(string? calendarId)
    {
        if (calendarId == null)
        {
            return null;
        }

        if (!_compiled.TryGetValue(calendarId, out var calendar))
        {
            calendar = imported.Calendars.TryGetValue(calendarId, out var definition) ? Compile(definition) : null;
            _compiled[calendarId] = calendar;
        }

        return calendar;
    }

    private WorkCalendar? Compile(CalendarDefinition definition)
    {
        try
        {
            return WorkCalendar.Compile(definition, imported.Calendars);
        }
        catch (CalendarError)
        {
            return null; // a calendar the engine refuses compares by exact instants only
        }
    }
}
