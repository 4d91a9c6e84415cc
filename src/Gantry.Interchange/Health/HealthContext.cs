using Gantry.Scheduling;
using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange.Health;

/// <summary>
/// What every check reads: the schedule, its result and details, the data date, and DCMA's
/// population. DCMA counts "incomplete normal tasks": milestones, level-of-effort and summary
/// activities are left out (they carry no work of their own) and so is completed work.
/// Resource-dependent activities are normal tasks.
/// </summary>
internal sealed class HealthContext
{
    private const int StandardMinutesPerDay = 480;
    private readonly Dictionary<string, WorkCalendar> compiled = new(StringComparer.Ordinal);

    public HealthContext(ImportedSchedule schedule, ScheduleResult result, ScheduleDetails details)
    {
        Schedule = schedule;
        Result = result;
        Details = details;
        DataDate = schedule.Options.DataDate ?? schedule.Options.ProjectStart;
        ById = schedule.Network.Activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        NormalTasks = [.. schedule.Network.Activities.Where(IsNormalTask)];
        IncompleteTasks = [.. NormalTasks.Where(a => !a.IsComplete)];
        var incomplete = IncompleteTasks.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

        // A link counts when it touches incomplete work: logic between finished activities no longer drives anything.
        Links = [.. schedule.Network.Relationships.Where(r => incomplete.Contains(r.PredecessorId) || incomplete.Contains(r.SuccessorId))];
        Stored = schedule.Stored.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public ImportedSchedule Schedule { get; }

    public ScheduleResult Result { get; }

    public ScheduleDetails Details { get; }

    public DateTime DataDate { get; }

    public Dictionary<string, ScheduleActivity> ById { get; }

    public List<ScheduleActivity> NormalTasks { get; }

    public List<ScheduleActivity> IncompleteTasks { get; }

    public List<ScheduleRelationship> Links { get; }

    /// <summary>The dates the file's own tool stored, by activity id (none for a spreadsheet).</summary>
    public Dictionary<string, StoredActivityDates> Stored { get; }

    public static bool IsNormalTask(ScheduleActivity a) => a.Type is ActivityType.Task or ActivityType.ResourceDependent;

    /// <summary>"44 working days" are days of the activity's own calendar (P6 hours per day).</summary>
    public int MinutesPerDay(ScheduleActivity activity) => Definition(activity.CalendarId)?.MinutesPerDay ?? StandardMinutesPerDay;

    public int MinutesPerDay(string? calendarId) => Definition(calendarId)?.MinutesPerDay ?? StandardMinutesPerDay;

    public string Code(string id) => ById.TryGetValue(id, out var a) ? Code(a) : id;

    public static string Code(ScheduleActivity a) => string.IsNullOrEmpty(a.Code) ? a.Id : a.Code;

    public string Link(ScheduleRelationship r) => Code(r.PredecessorId) + " → " + Code(r.SuccessorId);

    /// <summary>The compiled calendar an activity works on; the standard week when the file has none.</summary>
    public WorkCalendar Calendar(string? calendarId)
    {
        string key = Schedule.CalendarOf(calendarId) ?? string.Empty;
        if (!compiled.TryGetValue(key, out var calendar))
        {
            calendar = Definition(calendarId) is { } definition
                ? WorkCalendar.Compile(definition, Schedule.Calendars)
                : WorkCalendar.Compile(new CalendarDefinition { Id = "standard" });
            compiled[key] = calendar;
        }

        return calendar;
    }

    private CalendarDefinition? Definition(string? calendarId) =>
        Schedule.CalendarOf(calendarId) is { } id && Schedule.Calendars.TryGetValue(id, out var definition) ? definition : null;
}
