using Gantry.Core.Schedules;
using Gantry.Scheduling;

namespace Gantry.Core.Scenarios;

/// <summary>A link as copied into a scenario (or added by it: then <see cref="Version"/> is null).</summary>
public sealed record SnapshotLink(Guid Id, int? Version, Guid PredecessorId, Guid SuccessorId, RelationshipType Type, double Lag, LagKind LagKind)
{
    public static SnapshotLink Of(ActivityLink l) => new(l.Id, l.Version, l.PredecessorId, l.SuccessorId, l.Type, l.Lag, l.LagKind);
}
