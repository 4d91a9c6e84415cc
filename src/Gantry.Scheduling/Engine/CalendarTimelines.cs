using Gantry.Scheduling.Calendars;

namespace Gantry.Scheduling.Engine;

/// <summary>
/// The network's calendars, each compiled once and unrolled into a <see cref="Timeline"/>,
/// plus the continuous (24-hour) one used by elapsed lags and durations. Activities refer to
/// them by index.
/// </summary>
internal sealed class CalendarTimelines
{
    private const string StandardId = "standard";
    private readonly Dictionary<string, int> indexById = new(StringComparer.Ordinal);

    public CalendarTimelines(IReadOnlyList<CalendarDefinition> definitions, string? defaultCalendarId, long around)
    {
        var byId = new Dictionary<string, CalendarDefinition>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (definition is null || string.IsNullOrEmpty(definition.Id))
            {
                throw new ScheduleError(ScheduleErrorKind.InvalidInput, EngineText.Get("CalendarNoId"), []);
            }

            if (!byId.TryAdd(definition.Id, definition))
            {
                throw new ScheduleError(ScheduleErrorKind.InvalidInput, EngineText.Format("CalendarIdTwice", definition.Id), []);
            }
        }

        var timelines = new List<Timeline>(definitions.Count + 2);
        foreach (var definition in definitions)
        {
            indexById[definition.Id] = timelines.Count;
            timelines.Add(Unroll(definition, byId, around));
        }

        ContinuousIndex = timelines.Count;
        timelines.Add(Timeline.Continuous("24-hour"));
        if (defaultCalendarId is null)
        {
            DefaultIndex = timelines.Count;
            timelines.Add(Unroll(new CalendarDefinition { Id = StandardId, Name = "Standard", WorkWeek = WorkWeek.Standard }, byId, around));
        }
        else
        {
            DefaultIndex = indexById.TryGetValue(defaultCalendarId, out var index)
                ? index
                : throw new ScheduleError(ScheduleErrorKind.MissingCalendar, EngineText.Format("DefaultCalendarMissing", defaultCalendarId), []);
        }

        All = [.. timelines];
    }

    public Timeline[] All { get; }

    public int ContinuousIndex { get; }

    public int DefaultIndex { get; }

    public Timeline this[int index] => All[index];

    /// <summary>The timeline index of a calendar id; null means the default calendar.</summary>
    public int Resolve(string? calendarId, string activityId)
    {
        if (calendarId is null)
        {
            return DefaultIndex;
        }

        return indexById.TryGetValue(calendarId, out var index)
            ? index
            : throw MissingCalendar(calendarId, activityId);
    }

    /// <summary>Built apart from <see cref="Resolve"/>, which runs for most activities, so that stays small.</summary>
    private static ScheduleError MissingCalendar(string calendarId, string activityId) =>
        new(ScheduleErrorKind.MissingCalendar, EngineText.Format("MissingCalendar", activityId, calendarId), [activityId]);

    private static Timeline Unroll(CalendarDefinition definition, Dictionary<string, CalendarDefinition> byId, long around)
    {
        Timeline timeline;
        try
        {
            timeline = new Timeline(WorkCalendar.Compile(definition, byId), around);
        }
        catch (CalendarError error)
        {
            throw new ScheduleError(ScheduleErrorKind.InvalidInput, EngineText.Format("CalendarInvalid", definition.Id, error.Message), []);
        }

        if (timeline.HasNoWork)
        {
            throw new ScheduleError(ScheduleErrorKind.CalendarWithoutWork, EngineText.Format("CalendarWithoutWork", definition.Id), []);
        }

        return timeline;
    }
}
