using Gantry.Scheduling;

namespace Gantry.Interchange.Excel;

/// <summary>One entry of a predecessors cell (<c>A1010FS+2d</c>): the predecessor's code, the type and the lag as written.</summary>
public sealed record PredecessorLink(string Code, RelationshipType Type, string? LagText);
