namespace Gantry.Interchange;

/// <summary>
/// A resource working on an activity, as the file holds it: units, work (minutes) and cost. Kept
/// whole here even where the engine leaves an assignment out (materials, costs, placeholders).
/// </summary>
public sealed record AssignmentDetails
{
    /// <summary>The file's own key of the assignment, when it has one.</summary>
    public string? Id { get; init; }
    public required string ActivityId { get; init; }

    /// <summary>A key of <see cref="ScheduleDetails.Resources"/>; null for MS Project's "unassigned" placeholder.</summary>
    public string? ResourceId { get; init; }

    /// <summary>Share of the resource's time (1 = 100 %).</summary>
    public decimal? Units { get; init; }
    public decimal? WorkMinutes { get; init; }
    public decimal? ActualWorkMinutes { get; init; }
    public decimal? RemainingWorkMinutes { get; init; }
    public decimal? Cost { get; init; }
    public DateTime? Start { get; init; }
    public DateTime? Finish { get; init; }

    /// <summary>MS Project work contour: 0 flat, 1–8 the shaped ones.</summary>
    public int WorkContour { get; init; }
}
