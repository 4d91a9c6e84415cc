using Gantry.Core.Schedules;

namespace Gantry.Core.Scenarios;

/// <summary>A calendar as copied into a scenario (or added by it: then <see cref="Version"/> is null).</summary>
public sealed record SnapshotCalendar(Guid Id, int? Version, CalendarInput Input)
{
    public static SnapshotCalendar Of(ProjectCalendar c) => new(c.Id, c.Version, new CalendarInput
    {
        Name = c.Name, BaseCalendarId = c.BaseCalendarId, IncludeChinaHolidays = c.IncludeChinaHolidays, MinutesPerDay = c.MinutesPerDay,
        MinutesPerWeek = c.MinutesPerWeek, MinutesPerMonth = c.MinutesPerMonth, Rules = c.Rules,
    });
}
