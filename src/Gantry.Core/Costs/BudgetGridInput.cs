namespace Gantry.Core.Costs;

/// <summary>Every changed cell of one budget version, saved together, and the version of the budget the user loaded.</summary>
public sealed record BudgetGridInput
{
    public int? Version { get; init; }

    public IReadOnlyList<BudgetGridCell>? Cells { get; init; }
}
