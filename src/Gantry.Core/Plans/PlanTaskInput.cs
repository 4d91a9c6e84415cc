namespace Gantry.Core.Plans;

/// <summary>A daily or team task as typed: date, crew, what to do, how much, who answers for it.</summary>
public sealed record PlanTaskInput
{
    public DateOnly? Date { get; init; }

    public string? Crew { get; init; }

    public string? Description { get; init; }

    public decimal? Quantity { get; init; }

    public string? Unit { get; init; }

    public string? ResponsiblePerson { get; init; }

    /// <summary>The plan's version the user loaded.</summary>
    public int? Version { get; init; }
}
