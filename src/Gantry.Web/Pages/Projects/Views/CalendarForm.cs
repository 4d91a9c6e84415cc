using Gantry.Core.Schedules;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Gantry.Web.Pages.Projects.Views;

/// <summary>
/// The calendar edit form. <see cref="Week"/> is indexed by <see cref="DayOfWeek"/> (Sunday = 0) as
/// the stored rules are; the page shows Monday first. Dated weeks and recurring exceptions (from
/// imports) are not shown here and are kept as they are.
/// </summary>
public sealed class CalendarForm
{
    public const int NoteMaxLength = 200;

    public string? Name { get; set; }

    public Guid? BaseCalendarId { get; set; }

    public bool IncludeChinaHolidays { get; set; }

    /// <summary>False: inherit the base calendar's week (or the standard week).</summary>
    public bool OwnWeek { get; set; } = true;

    public List<string?> Week { get; set; } = [.. new string?[7]];

    public List<CalendarExceptionForm> Exceptions { get; set; } = [];

    public int Version { get; set; }

    public static CalendarForm From(CalendarSummary calendar) => new()
    {
        Name = calendar.Name,
        BaseCalendarId = calendar.BaseCalendarId,
        IncludeChinaHolidays = calendar.IncludeChinaHolidays,
        OwnWeek = calendar.Rules.Week is not null,
        Week = Enumerable.Range(0, 7).Select(d => calendar.Rules.Week is { } w && d < w.Count ? ShiftText.Format(w[d]) : null).ToList(),
        Exceptions = calendar.Rules.Exceptions.Select(CalendarExceptionForm.Of).ToList(),
        Version = calendar.Version,
    };

    /// <summary>Two blank rows so a planner can add exceptions without a script.</summary>
    public void AddSpareRows()
    {
        Exceptions.Add(new CalendarExceptionForm());
        Exceptions.Add(new CalendarExceptionForm());
    }

    /// <summary>The input for SaveCalendar, or null with the errors put beside their fields.</summary>
    public CalendarInput? ToInput(CalendarSummary current, ModelStateDictionary errors, Func<string, string[], string> message)
    {
        var week = OwnWeek ? ParseWeek(errors, message) : null;
        var exceptions = ParseExceptions(errors, message);
        if (!errors.IsValid)
        {
            return null;
        }

        return new CalendarInput
        {
            Name = Name,
            BaseCalendarId = BaseCalendarId,
            IncludeChinaHolidays = IncludeChinaHolidays,
            MinutesPerDay = current.MinutesPerDay,
            Rules = current.Rules with { Week = week, Exceptions = exceptions },
            Version = Version,
        };
    }

    private List<IReadOnlyList<PeriodRule>> ParseWeek(ModelStateDictionary errors, Func<string, string[], string> message)
    {
        var days = Enumerable.Range(0, 7).Select(_ => new List<PeriodRule>()).ToList();
        for (var d = 0; d < 7; d++)
        {
            var shifts = ShiftText.TryParse(d < Week.Count ? Week[d] : null, message, out var error);
            if (shifts is null)
            {
                errors.AddModelError($"Form.Week[{d}]", error!);
                continue;
            }

            foreach (var shift in shifts)
            {
                days[d].Add(shift.Today);
                if (shift.NextDay is { } carried)
                {
                    days[(d + 1) % 7].Add(carried);
                }
            }
        }

        for (var d = 0; d < 7; d++)
        {
            if (ShiftText.FirstOverlap(days[d]) is { } overlap && errors.GetFieldValidationState($"Form.Week[{d}]") != ModelValidationState.Invalid)
            {
                errors.AddModelError($"Form.Week[{d}]", message("Shift.Overlap", [ShiftText.Format([overlap.First]), ShiftText.Format([overlap.Second])]));
            }
        }

        return days.Select(d => (IReadOnlyList<PeriodRule>)d).ToList();
    }

    private List<ExceptionRule> ParseExceptions(ModelStateDictionary errors, Func<string, string[], string> message)
    {
        var rules = new List<ExceptionRule>();
        for (var i = 0; i < Exceptions.Count; i++)
        {
            var row = Exceptions[i];
            if (row.Remove || row.From is not { } from)
            {
                continue;
            }

            var to = row.To ?? from;
            var ok = true;
            if (to < from)
            {
                errors.AddModelError($"Form.Exceptions[{i}].To", message("Exception.ToBeforeFrom", []));
                ok = false;
            }

            var shifts = ShiftText.TryParse(row.Hours, message, out var error, allowNextDay: false);
            var periods = shifts?.Select(s => s.Today).ToList() ?? [];
            if (shifts is null)
            {
                errors.AddModelError($"Form.Exceptions[{i}].Hours", error!);
                ok = false;
            }
            else if (ShiftText.FirstOverlap(periods) is { } overlap)
            {
                errors.AddModelError($"Form.Exceptions[{i}].Hours",
                    message("Shift.Overlap", [ShiftText.Format([overlap.First]), ShiftText.Format([overlap.Second])]));
                ok = false;
            }

            if (row.Note?.Trim().Length > NoteMaxLength)
            {
                errors.AddModelError($"Form.Exceptions[{i}].Note", message("Exception.NoteTooLong", [NoteMaxLength.ToString(System.Globalization.CultureInfo.CurrentCulture)]));
                ok = false;
            }

            if (!Enum.IsDefined(row.Reason))
            {
                errors.AddModelError($"Form.Exceptions[{i}].Reason", message("Exception.Reason", []));
                ok = false;
            }

            if (ok)
            {
                rules.Add(new ExceptionRule(from, to, periods, string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim(), row.Reason));
            }
        }

        return rules;
    }
}
