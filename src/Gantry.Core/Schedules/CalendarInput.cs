namespace Gantry.Core.Schedules;

/// <summary>A calendar as the planner enters it; <see cref="Version"/> is required when changing one.</summary>
public sealed record CalendarInput
{
    public string? Name { get; init; }

    public Guid? BaseCalendarId { get; init; }

    public bool? IncludeChinaHolidays { get; init; }

    public int? MinutesPerDay { get; init; }

    public int? MinutesPerWeek { get; init; }

    public int? MinutesPerMonth { get; init; }

    public CalendarRules? Rules { get; init; }

    public int? Version { get; init; }
}
