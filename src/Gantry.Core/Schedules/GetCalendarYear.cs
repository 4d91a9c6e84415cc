using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Gantry.Scheduling.Calendars;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Schedules;

/// <summary>
/// Every day of one year of a project calendar, classified for the month view. Working time comes
/// from the compiled engine calendar (so inheritance and holidays are exactly what scheduling uses);
/// the label comes from the calendar's own exceptions, then from China's holiday table.
/// </summary>
public sealed class GetCalendarYear(GantryDbContext db, PermissionService permissions)
{
    /// <summary>The years the engine's calendars cover.</summary>
    public const int FirstYear = 1900;

    public const int LastYear = 2200;

    public async Task<IReadOnlyList<CalendarDay>> ExecuteAsync(Guid projectId, Guid calendarId, int year, CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.ViewProject, cancellationToken);
        if (year is < FirstYear or > LastYear)
        {
            var v = new Validation();
            v.Add("year", "NotAllowedValue");
            v.ThrowIfAny();
        }

        var calendars = await db.Calendars.AsNoTracking().Where(c => c.ProjectId == projectId).ToListAsync(cancellationToken);
        var calendar = calendars.Find(c => c.Id == calendarId) ?? throw new NotFoundException("Entity_ProjectCalendar");
        var definitions = calendars.Select(c => c.ToDefinition()).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var compiled = WorkCalendar.Compile(definitions[calendar.Id.ToString()], definitions);
        var exceptions = calendar.Rules.Exceptions;
        var days = new List<CalendarDay>(366);
        for (var date = new DateOnly(year, 1, 1); date.Year == year; date = date.AddDays(1))
        {
            var minutes = compiled.PeriodsOn(date).Sum(p => p.Minutes);
            days.Add(Classify(date, minutes, exceptions, calendar.IncludeChinaHolidays));
        }

        return days;
    }

    /// <summary>The last exception covering a date wins, as in the engine, where later rules override earlier ones.</summary>
    private static CalendarDay Classify(DateOnly date, int minutes, IReadOnlyList<ExceptionRule> exceptions, bool china)
    {
        var exception = exceptions.LastOrDefault(e => e.From <= date && date <= e.To);
        if (exception is not null)
        {
            var kind = exception.Reason switch
            {
                CalendarExceptionReason.Weather => CalendarDayKind.Weather,
                CalendarExceptionReason.Other => CalendarDayKind.Other,
                _ => minutes > 0 ? CalendarDayKind.Working : CalendarDayKind.Holiday,
            };
            return new CalendarDay(date, kind, minutes, exception.Name);
        }

        if (china && ChinaStatutoryHolidays.Find(date) is { } statutory)
        {
            var kind = statutory.Kind == ChinaHolidayKind.MakeUpWorkday ? CalendarDayKind.MakeUpDay : CalendarDayKind.Holiday;
            return new CalendarDay(date, kind, minutes, statutory.FestivalChinese + " / " + statutory.FestivalEnglish);
        }

        return new CalendarDay(date, minutes > 0 ? CalendarDayKind.Working : CalendarDayKind.NonWorking, minutes, null);
    }
}
