namespace Gantry.Core.Costs;

/// <summary>
/// Filters for the records behind a cost report figure. <see cref="WbsNodeId"/> 0 means "no WBS node"
/// (project-level costs), null means any.
/// </summary>
public sealed record CostRecordQuery
{
    public Guid?WbsNodeId { get; init; }

    public Guid? CostCodeId { get; init; }

    public CostCategory? Category { get; init; }

    public CostRecordKind? Kind { get; init; }

    public CostSource? Source { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 200;
}
