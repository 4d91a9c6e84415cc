namespace Gantry.Core.Costs;

/// <summary>Create or change a cost code. <see cref="Category"/> is only read for a root; children take their parent's.</summary>
public sealed record CostCodeInput
{
    public Guid? ParentId { get; init; }

    public string? Code { get; init; }

    public string? Name { get; init; }

    public CostCategory? Category { get; init; }

    public int? Version { get; init; }
}
