using System.Text.Json;
using Gantry.Core.Common;
using Gantry.Scheduling.Calendars;

namespace Gantry.Core.Schedules;

/// <summary>
/// A work calendar of one project (project, resource or activity calendar): a week with several
/// periods per day, exceptions (holidays, weather stoppage), optionally China's statutory holidays
/// with their make-up days (调休), and the minutes one "day" of duration stands for.
/// </summary>
public sealed class ProjectCalendar : IVersioned, IProjectScoped
{
    public const int NameMaxLength = 200;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private ProjectCalendar()
    {
        Name = RulesJson = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Inherit the base calendar's week and exceptions where this one does not say otherwise.</summary>
    public Guid? BaseCalendarId { get; private set; }

    public bool IncludeChinaHolidays { get; private set; }

    public int MinutesPerDay { get; private set; }

    public int MinutesPerWeek { get; private set; }

    public int MinutesPerMonth { get; private set; }

    /// <summary><see cref="CalendarRules"/> as JSON.</summary>
    public string RulesJson { get; private set; }

    public int Version { get; set; }

    public CalendarRules Rules => JsonSerializer.Deserialize<CalendarRules>(RulesJson, Json) ?? new CalendarRules();

    public static ProjectCalendar Create(Guid projectId, CalendarInput input, Guid? id = null)
    {
        var calendar = new ProjectCalendar { Id = id ?? Guid.CreateVersion7(), ProjectId = projectId };
        calendar.Change(input);
        return calendar;
    }

    public void Change(CalendarInput input)
    {
        var v = new Validation();
        var name = v.Trimmed("name", input.Name, NameMaxLength);
        var perDay = input.MinutesPerDay ?? 480;
        if (perDay is < 1 or > 1440)
        {
            v.Add("minutesPerDay", "NotAllowedValue");
        }

        var rules = input.Rules ?? CalendarRules.StandardWeek;
        if (input.BaseCalendarId is not null && input.BaseCalendarId == Id)
        {
            v.Add("baseCalendarId", "NotAllowedValue");
        }

        if (rules.HasMissingParts())
        {
            v.Add("rules", "CalendarInvalid");
        }
        else
        {
            try
            {
                // Compiling once here turns a bad period or exception into a field error now, not a failed reschedule later.
                _ = ToDefinitionWith(rules, input.IncludeChinaHolidays ?? false, null, perDay, 5 * perDay, 20 * perDay);
            }
            catch (CalendarError)
            {
                v.Add("rules", "CalendarInvalid");
            }
        }

        v.ThrowIfAny();
        Name = name;
        BaseCalendarId = input.BaseCalendarId;
        IncludeChinaHolidays = input.IncludeChinaHolidays ?? false;
        MinutesPerDay = perDay;
        MinutesPerWeek = input.MinutesPerWeek is > 0 and <= 10080 ? input.MinutesPerWeek.Value : 5 * perDay;
        MinutesPerMonth = input.MinutesPerMonth is > 0 and <= 44640 ? input.MinutesPerMonth.Value : 20 * perDay;
        RulesJson = JsonSerializer.Serialize(rules, Json);
    }

    /// <summary>What the engine reads; ids are this calendar's and its base's GUID in "D" form.</summary>
    public CalendarDefinition ToDefinition() =>
        ToDefinitionWith(Rules, IncludeChinaHolidays, BaseCalendarId, MinutesPerDay, MinutesPerWeek, MinutesPerMonth, Id, Name);

    /// <summary>The input that recreates an engine calendar (from an imported file).</summary>
    public static CalendarInput InputFrom(CalendarDefinition definition, Guid? baseCalendarId) => new()
    {
        Name = string.IsNullOrWhiteSpace(definition.Name) ? definition.Id : definition.Name,
        BaseCalendarId = baseCalendarId,
        IncludeChinaHolidays = definition.IncludeChinaStatutoryHolidays,
        MinutesPerDay = definition.MinutesPerDay,
        MinutesPerWeek = definition.MinutesPerWeek,
        MinutesPerMonth = definition.MinutesPerMonth,
        Rules = new CalendarRules
        {
            Week = definition.WorkWeek is null ? null : CalendarRules.FromWeek(definition.WorkWeek),
            DatedWeeks = definition.DatedWorkWeeks.Select(w => new DatedWeekRule(w.From, w.To, CalendarRules.FromWeek(w.Week), w.Name)).ToList(),
            Exceptions = definition.Exceptions.Select(e => new ExceptionRule(e.From, e.To, e.Periods.Select(PeriodRule.From).ToList(), e.Name)).ToList(),
            Recurring = definition.RecurringExceptions.Select(r => new RecurringRule
            {
                Pattern = r.Pattern, From = r.From, Periods = r.Periods.Select(PeriodRule.From).ToList(), Name = r.Name,
                Interval = r.Interval, Occurrences = r.Occurrences, Until = r.Until, DaysOfWeek = r.DaysOfWeek,
                WeekStartsOn = r.WeekStartsOn, DayOfMonth = r.DayOfMonth, Month = r.Month, Position = r.Position, DayKind = r.DayKind,
            }).ToList(),
        },
    };

    private static CalendarDefinition ToDefinitionWith(CalendarRules rules, bool china, Guid? baseId, int perDay, int perWeek, int perMonth,
        Guid id = default, string name = "") => new()
    {
        Id = id.ToString(),
        Name = name,
        BaseCalendarId = baseId?.ToString(),
        WorkWeek = rules.Week is null ? null : CalendarRules.ToWeek(rules.Week),
        DatedWorkWeeks = rules.DatedWeeks.Select(w => new DatedWorkWeek(w.From, w.To, CalendarRules.ToWeek(w.Week), w.Name)).ToList(),
        Exceptions = rules.Exceptions.Select(e => new CalendarException(e.From, e.To, e.Periods.Select(p => p.ToPeriod()).ToList(), e.Name)).ToList(),
        RecurringExceptions = rules.Recurring.Select(r => new RecurringException(r.Pattern, r.From, r.Periods.Select(p => p.ToPeriod()).ToList(), r.Name)
        {
            Interval = r.Interval, Occurrences = r.Occurrences, Until = r.Until, DaysOfWeek = r.DaysOfWeek, WeekStartsOn = r.WeekStartsOn,
            DayOfMonth = r.DayOfMonth, Month = r.Month, Position = r.Position, DayKind = r.DayKind,
        }).ToList(),
        IncludeChinaStatutoryHolidays = china,
        MinutesPerDay = perDay,
        MinutesPerWeek = perWeek,
        MinutesPerMonth = perMonth,
    };
}
