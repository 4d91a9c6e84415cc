using Gantry.Scheduling;

namespace Gantry.Interchange;

/// <summary>
/// The unit a link's lag is shown in. The engine keeps the lag in minutes or percent and whether it
/// is elapsed; "2 weeks" versus "10 days" is the planner's choice, kept for writers.
/// </summary>
public sealed record LinkDetails(string PredecessorId, string SuccessorId, RelationshipType Type, DurationDisplay LagDisplay);
