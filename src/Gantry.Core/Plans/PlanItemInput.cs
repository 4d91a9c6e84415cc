namespace Gantry.Core.Plans;

/// <summary>
/// A plan item as typed. For an item copied from the master only the window values change (dates,
/// duration, percent to reach, quantity); code, name and party are the master's.
/// </summary>
public sealed record PlanItemInput
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public Guid? ResponsibleOrganisationId { get; init; }

    public DateOnly? PlannedStart { get; init; }

    public DateOnly? PlannedFinish { get; init; }

    public long? PlannedDurationMinutes { get; init; }

    /// <summary>The duration in days of the project's working day (its default calendar); used when no minutes are given.</summary>
    public double? PlannedDurationDays { get; init; }

    public double? PlannedPercent { get; init; }

    public decimal? Quantity { get; init; }

    public string? Unit { get; init; }

    public int? Version { get; init; }
}
