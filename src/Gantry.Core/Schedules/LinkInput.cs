using Gantry.Scheduling;

namespace Gantry.Core.Schedules;

/// <summary>A logic link as the planner enters it; <see cref="Version"/> is required when changing one.</summary>
public sealed record LinkInput
{
    public Guid? PredecessorId { get; init; }

    public Guid? SuccessorId { get; init; }

    public RelationshipType? Type { get; init; }

    /// <summary>Working minutes (or elapsed minutes, or percent, per <see cref="LagKind"/>); negative is a lead.</summary>
    public double? LagMinutes { get; init; }

    public LagKind? LagKind { get; init; }

    public int? Version { get; init; }
}
