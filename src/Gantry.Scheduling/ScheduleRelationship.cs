namespace Gantry.Scheduling;

/// <summary>A logic link. A negative lag is a lead.</summary>
public sealed class ScheduleRelationship
{
    public required string PredecessorId { get; init; }

    public required string SuccessorId { get; init; }

    public RelationshipType Type { get; init; } = RelationshipType.FinishToStart;

    /// <summary>Minutes for <see cref="LagKind.Working"/> and <see cref="LagKind.Elapsed"/>, percent for <see cref="LagKind.Percent"/>.</summary>
    public double Lag { get; init; }

    public LagKind LagKind { get; init; } = LagKind.Working;
}
