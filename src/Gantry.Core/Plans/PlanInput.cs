namespace Gantry.Core.Plans;

/// <summary>
/// A new plan: its level, any day of its month or week, optionally one responsible organisation, and
/// for a weekly plan optionally the published monthly plan to take the items from instead of the master.
/// </summary>
public sealed record PlanInput
{
    public PlanLevel? Level { get; init; }

    public DateOnly? Date { get; init; }

    public Guid? ResponsibleOrganisationId { get; init; }

    public Guid? SourcePlanId { get; init; }

    public string? Name { get; init; }
}
