using Gantry.Core.Schedules;

namespace Gantry.Web.Pages.Projects.Views;

/// <summary>One exception row of the calendar form; empty hours mean no work that day.</summary>
public sealed class CalendarExceptionForm
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Hours { get; set; }

    public CalendarExceptionReason Reason { get; set; } = CalendarExceptionReason.Holiday;

    public string? Note { get; set; }

    public bool Remove { get; set; }

    public static CalendarExceptionForm Of(ExceptionRule rule) => new()
    {
        From = rule.From, To = rule.To, Hours = ShiftText.Format(rule.Periods), Reason = rule.Reason, Note = rule.Name,
    };
}
