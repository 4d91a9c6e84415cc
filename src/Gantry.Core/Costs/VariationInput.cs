namespace Gantry.Core.Costs;

/// <summary>A new variation on a contract; <see cref="Amount"/> includes VAT and is negative for a deduction.</summary>
public sealed record VariationInput
{
    public string? Code { get; init; }

    public VariationKind? Kind { get; init; }

    public string? Description { get; init; }

    public DateOnly? Date { get; init; }

    public decimal? Amount { get; init; }
}
