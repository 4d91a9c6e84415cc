using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange.Excel;

/// <summary>
/// The calendars a spreadsheet can name without defining them: a spreadsheet has no room for work
/// weeks and holidays, so the template offers the ones sites use, China's statutory holidays
/// (with make-up working days, 调休) among them. A day is 8 hours except on the 24-hour calendar.
/// </summary>
public static class BuiltInCalendars
{
    public const string Standard = "Standard";

    private static readonly DayOfWeek[] MondayToSaturday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday];

    private static readonly (CalendarDefinition Definition, string Chinese)[] Table =
    [
        (new CalendarDefinition { Id = Standard, Name = "Standard (Mon-Fri 08:00-17:00)" }, "标准"),
        (new CalendarDefinition { Id = "China", Name = "China (Mon-Fri, statutory holidays and make-up days)", IncludeChinaStatutoryHolidays = true }, "中国法定"),
        (new CalendarDefinition { Id = "6-day", Name = "Six days (Mon-Sat 08:00-17:00)", WorkWeek = WorkWeek.Uniform(MondayToSaturday, WorkWeek.Standard.NormalWeekdayPeriods()), MinutesPerWeek = 2880 }, "六天"),
        (new CalendarDefinition { Id = "7-day", Name = "Seven days (every day 08:00-17:00)", WorkWeek = WorkWeek.Uniform(Enum.GetValues<DayOfWeek>(), WorkWeek.Standard.NormalWeekdayPeriods()), MinutesPerWeek = 3360 }, "七天"),
        (new CalendarDefinition { Id = "24-hour", Name = "24 hours, every day", WorkWeek = WorkWeek.TwentyFourSeven, MinutesPerDay = 1440, MinutesPerWeek = 10080, MinutesPerMonth = 43200 }, "24小时"),
    ];

    public static IReadOnlyList<CalendarDefinition> All { get; } = [.. Table.Select(t => t.Definition)];

    /// <summary>"Standard (标准), China (中国法定) …" for messages and the instructions sheet.</summary>
    public static string Choices => string.Join(", ", Table.Select(t => t.Definition.Id + " (" + t.Chinese + ")"));

    /// <summary>The built-in calendar named by its id or Chinese name, case and spacing ignored.</summary>
    public static CalendarDefinition? Find(string name)
    {
        string key = Key(name);
        foreach (var (definition, chinese) in Table)
        {
            if (Key(definition.Id) == key || Key(chinese) == key)
            {
                return definition;
            }
        }

        return null;
    }

    internal static string Key(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
