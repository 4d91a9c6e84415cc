using Gantry.Core.Schedules;

namespace Gantry.Web.Scenarios;

/// <summary>
/// The working times a planner most often tries in a scenario (赶工): round the clock, two shifts, a night
/// shift. Minutes per day stay those of the work content (8 h), so a 10-day activity keeps its 80 hours of
/// work and simply gets them done in fewer calendar days.
/// </summary>
public static class CalendarPresets
{
    public const string TwentyFour = "24h";
    public const string TwoShifts = "two-shifts";
    public const string Night = "night";

    public static CalendarInput Input(string? name, string? preset) => new()
    {
        Name = name,
        MinutesPerDay = 480,
        Rules = new CalendarRules { Week = Week(preset) },
    };

    private static IReadOnlyList<PeriodRule>[] Week(string? preset)
    {
        // Sunday = 0. A night shift crosses midnight, so it is two periods: the evening and the next early morning.
        var days = new IReadOnlyList<PeriodRule>[7];
        for (var d = 0; d < 7; d++)
        {
            days[d] = preset switch
            {
                TwoShifts => d == 0 ? [] : [new PeriodRule(360, 1320)],
                Night => [.. (d is >= 1 and <= 5 ? new[] { new PeriodRule(1200, 1440) } : []), .. (d is >= 2 and <= 6 ? new[] { new PeriodRule(0, 240) } : [])],
                _ => [new PeriodRule(0, 1440)],
            };
        }

        return days;
    }
}
