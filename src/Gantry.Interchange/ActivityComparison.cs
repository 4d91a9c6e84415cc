using Gantry.Scheduling;

namespace Gantry.Interchange;

/// <summary>The file's answer and Gantry's for one activity, and what differs.</summary>
public sealed record ActivityComparison(StoredActivityDates Expected, ActivityResult? Actual, IReadOnlyList<FieldMismatch> Mismatches)
{
    public bool Matches => Mismatches.Count == 0;
}
