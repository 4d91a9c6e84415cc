using System.ComponentModel.DataAnnotations;

namespace Gantry.Web.Funds;

/// <summary>The approval step as the project manager posts it: the amount (default as requested) and an override reason when above the contract.</summary>
public sealed class ApproveForm
{
    [Display(Name = "Field.Amount")]
    public decimal? Amount { get; set; }

    public string? OverrideReason { get; set; }

    public int? Version { get; set; }
}
