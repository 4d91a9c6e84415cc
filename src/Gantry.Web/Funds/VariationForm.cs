using System.ComponentModel.DataAnnotations;
using Gantry.Core.Costs;

namespace Gantry.Web.Funds;

/// <summary>A variation or site instruction (签证/变更) as posted; the amount includes VAT and is negative for a deduction.</summary>
public sealed class VariationForm
{
    public string? Code { get; set; }

    public VariationKind? Kind { get; set; }

    public string? Description { get; set; }

    [Display(Name = "Field.Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Field.VariationAmount")]
    public decimal? Amount { get; set; }

    public VariationInput ToInput() => new() { Code = Code, Kind = Kind, Description = Description, Date = Date, Amount = Amount };
}
