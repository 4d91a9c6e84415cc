namespace Gantry.Web.Funds;

/// <summary>A payment (or a receipt) as recorded: amount, date, and an override reason when above what was approved.</summary>
public sealed class PayForm
{
    public decimal? Amount { get; set; }

    public DateOnly? PaidOn { get; set; }

    public string? OverrideReason { get; set; }
}
