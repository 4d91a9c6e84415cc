using System.ComponentModel.DataAnnotations;

namespace Gantry.Web.Funds;

/// <summary>A payment (or a receipt) as recorded: amount, date, and an override reason when above what was approved.</summary>
public sealed class PayForm
{
    [Display(Name = "Field.Amount")]
    public decimal? Amount { get; set; }

    [Display(Name = "Field.PaidOn")]
    public DateOnly? PaidOn { get; set; }

    public string? OverrideReason { get; set; }
}
