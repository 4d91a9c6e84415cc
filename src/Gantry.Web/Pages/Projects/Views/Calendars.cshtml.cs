using System.Globalization;
using Gantry.Web.Ui;
using Gantry.Core.Common;
using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects.Views;

/// <summary>
/// The project's calendars: pick one, edit its week (several shifts a day, night shifts), exceptions
/// and the China holiday switch, add weather stoppage days in one step, and see a year in colours.
/// Every save reschedules (SaveCalendar) and the page says which activities moved.
/// </summary>
public sealed class CalendarsModel(GetProject getProject, GetSchedule getSchedule, GetCalendarYear getYear, SaveCalendar saveCalendar,
    IStringLocalizer<ScheduleViewsResource> text) : ScheduleViewPage(getProject)
{
    /// <summary>How many moved activities the notice names; the rest are counted.</summary>
    private const int MovedNamed = 8;

    [FromQuery(Name = "calendar")]
    public Guid? CalendarId { get; set; }

    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    [BindProperty]
    public CalendarForm Form { get; set; } = new();

    public IReadOnlyList<CalendarSummary> Calendars { get; private set; } = [];

    public CalendarSummary? Selected { get; private set; }

    public IReadOnlyList<CalendarDay> Days { get; private set; } = [];

    public int ShownYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Selected is not null)
        {
            Form = CalendarForm.From(Selected);
            Form.AddSpareRows();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Selected is null)
        {
            return this.NotFoundPage();
        }

        var input = Form.ToInput(Selected, ModelState, Message);
        if (input is not null)
        {
            try
            {
                var change = await saveCalendar.ExecuteAsync(Id, Selected.Id, input, cancellationToken);
                Notice = Describe(change);
                return LocalRedirect(Back(Selected.Id));
            }
            catch (ValidationFailedException failure)
            {
                foreach (var error in failure.Errors)
                {
                    ModelState.AddModelError(error.Field switch { "name" => "Form.Name", "baseCalendarId" => "Form.BaseCalendarId", _ => string.Empty },
                        error.Message);
                }
            }
            catch (ConcurrencyConflictException conflict)
            {
                ModelState.AddModelError(string.Empty, conflict.Message);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        Form.AddSpareRows();
        return Page();
    }

    /// <summary>The quick action: days lost to weather become non-working exceptions marked as weather, then everything reschedules.</summary>
    /// <summary>Why the weather days were refused, shown at their form with the days as typed.</summary>
    public string? WeatherProblem { get; private set; }

    public DateOnly? WeatherFrom { get; private set; }

    public DateOnly? WeatherTo { get; private set; }

    public string? WeatherNote { get; private set; }

    public async Task<IActionResult> OnPostWeatherAsync(DateOnly? from, DateOnly? to, string? note, int version, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Selected is null)
        {
            return this.NotFoundPage();
        }

        if (from is null)
        {
            WeatherProblem = text["Weather.FromRequired"];
        }
        else if (to < from)
        {
            WeatherProblem = text["Exception.ToBeforeFrom"];
        }
        else if (note?.Trim().Length > CalendarForm.NoteMaxLength)
        {
            WeatherProblem = Message("Exception.NoteTooLong", [CalendarForm.NoteMaxLength.ToString(CultureInfo.CurrentCulture)]);
        }
        else
        {
            var rules = Selected.Rules with
            {
                Exceptions = [.. Selected.Rules.Exceptions,
                    new ExceptionRule(from.Value, to ?? from.Value, [], string.IsNullOrWhiteSpace(note) ? text["Weather.DefaultNote"] : note.Trim(),
                        CalendarExceptionReason.Weather)],
            };
            return await EditAsync(async () => Describe(await saveCalendar.ExecuteAsync(Id, Selected.Id, new CalendarInput
            {
                Name = Selected.Name, BaseCalendarId = Selected.BaseCalendarId, IncludeChinaHolidays = Selected.IncludeChinaHolidays,
                MinutesPerDay = Selected.MinutesPerDay, Rules = rules, Version = version,
            }, cancellationToken)), Back(Selected.Id, from.Value.Year));
        }

        // Shown again at once, not after a redirect, so the planner corrects the typed days instead of retyping them.
        (WeatherFrom, WeatherTo, WeatherNote) = (from, to, note);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>A new calendar starts as the standard week with China's holidays, the usual site calendar here.</summary>
    public async Task<IActionResult> OnPostAddAsync(string? name, CancellationToken cancellationToken)
    {
        try
        {
            var change = await saveCalendar.ExecuteAsync(Id, null, new CalendarInput
            {
                Name = name, IncludeChinaHolidays = true, Rules = CalendarRules.StandardWeek,
            }, cancellationToken);
            Notice = text["Calendars.Added", name ?? string.Empty];
            return LocalRedirect(Back(change.Id));
        }
        catch (ValidationFailedException failure)
        {
            Problem = string.Join(" ", failure.Errors.Select(e => e.Message));
            return LocalRedirect(Back(null));
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await LoadProjectAsync(cancellationToken);
        var schedule = await getSchedule.ExecuteAsync(Id, cancellationToken);
        Calendars = schedule.Calendars.OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
        Selected = Calendars.FirstOrDefault(c => c.Id == CalendarId) ?? (Calendars.Count > 0 ? Calendars[0] : null);
        ShownYear = Year is >= GetCalendarYear.FirstYear and <= GetCalendarYear.LastYear ? Year.Value : schedule.DataDate.Year;
        if (Selected is not null)
        {
            Days = await getYear.ExecuteAsync(Id, Selected.Id, ShownYear, cancellationToken);
        }
    }

    /// <summary>"Saved. The finish is 2027-05-20; 3 activities moved: A1020 2026-06-03 → 2026-06-05, …".</summary>
    private string Describe(ScheduleChange change)
    {
        var finish = change.Finish?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
        if (change.Moved.Count == 0)
        {
            return text["Calendars.SavedNothingMoved", finish];
        }

        var named = string.Join(", ", change.Moved.Take(MovedNamed).ToList().Select(m => string.Create(CultureInfo.InvariantCulture,
            $"{m.Code} {m.OldFinish:yyyy-MM-dd} → {m.Finish:yyyy-MM-dd}")));
        var more = change.Moved.Count > MovedNamed ? " …" : string.Empty;
        return text["Calendars.SavedMoved", finish, change.Moved.Count, named + more];
    }

    private string Message(string key, string[] args) => text[key, args];

    private string Back(Guid? calendarId, int? year = null) =>
        string.Create(CultureInfo.InvariantCulture, $"~/projects/{Id}/calendars?calendar={calendarId ?? CalendarId}&year={year ?? ShownYear}");
}
