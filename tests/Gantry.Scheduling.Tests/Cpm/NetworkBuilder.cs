using System.Globalization;
using Gantry.Scheduling.Calendars;

namespace Gantry.Scheduling.Tests.Cpm;

/// <summary>
/// Builds small networks the way a planner sketches them: "A 5d, B 3d, A→B FS". Durations and
/// lags are in days of 8 hours; the default calendar is the standard week (Mon–Fri 08:00–12:00,
/// 13:00–17:00). January 2024 starts on a Monday.
/// </summary>
internal sealed class NetworkBuilder
{
    public const int Day = 480;

    private readonly List<ScheduleActivity> activities = [];
    private readonly List<ScheduleRelationship> relationships = [];
    private readonly List<CalendarDefinition> calendars = [];

    public static DateTime At(string text) =>
        DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static string Show(DateTime t) => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public NetworkBuilder Task(string id, double days, string? calendar = null) =>
        Add(new ScheduleActivity { Id = id, OriginalDurationMinutes = (long)(days * Day), CalendarId = calendar });

    public NetworkBuilder Add(ScheduleActivity activity)
    {
        activities.Add(activity);
        return this;
    }

    public NetworkBuilder Link(string pred, string succ, RelationshipType type = RelationshipType.FinishToStart, double lagDays = 0, LagKind kind = LagKind.Working)
    {
        relationships.Add(new ScheduleRelationship
        {
            PredecessorId = pred,
            SuccessorId = succ,
            Type = type,
            Lag = kind == LagKind.Percent ? lagDays : lagDays * Day,
            LagKind = kind,
        });
        return this;
    }

    public NetworkBuilder Calendar(CalendarDefinition calendar)
    {
        calendars.Add(calendar);
        return this;
    }

    /// <summary>The standard week with the given non-working days.</summary>
    public NetworkBuilder StandardCalendar(string id, params string[] holidays) => Calendar(new CalendarDefinition
    {
        Id = id,
        WorkWeek = WorkWeek.Standard,
        Exceptions = holidays.Select(h => CalendarException.NonWorking(DateOnly.ParseExact(h, "yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList(),
    });

    public ScheduleNetwork Build() => new() { Activities = activities, Relationships = relationships, Calendars = calendars };

    public ScheduleResult Schedule(string projectStart = "2024-01-08 08:00", Func<ScheduleOptions, ScheduleOptions>? configure = null)
    {
        var options = new ScheduleOptions { ProjectStart = At(projectStart), DefaultCalendarId = calendars.Count > 0 ? calendars[0].Id : null };
        return Scheduler.Schedule(Build(), configure is null ? options : configure(options));
    }
}
