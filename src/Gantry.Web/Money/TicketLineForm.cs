using System.ComponentModel.DataAnnotations;
using Gantry.Core.DayLabour;

namespace Gantry.Web.Money;

/// <summary>One line of the ticket form: a worker from the roster, or a headcount of a trade.</summary>
public sealed class TicketLineForm
{
    public Guid? WorkerId { get; set; }

    public string? Trade { get; set; }

    [Display(Name = "Field.Headcount")]
    public int? Headcount { get; set; }

    [Display(Name = "Field.Quantity")]
    public decimal? Quantity { get; set; }

    public LabourUnit? Unit { get; set; }

    [Display(Name = "Field.Rate")]
    public decimal? Rate { get; set; }

    /// <summary>The form always offers spare rows; a row left untouched is not a line.</summary>
    public bool IsBlank => WorkerId is null && string.IsNullOrWhiteSpace(Trade) && Headcount is null && Quantity is null && Rate is null;

    public TicketLineInput ToInput() => new()
    {
        WorkerId = WorkerId,
        Trade = string.IsNullOrWhiteSpace(Trade) ? null : Trade,
        Headcount = Headcount,
        Quantity = Quantity,
        Unit = Unit,
        Rate = Rate,
    };

    public static TicketLineForm From(TicketLineSummary line) => new()
    {
        WorkerId = line.WorkerId,
        Trade = line.Trade,
        Headcount = line.WorkerId is null ? line.Headcount : null,
        Quantity = line.Quantity,
        Unit = line.Unit,
        Rate = line.Rate,
    };
}
