namespace Gantry.Core.Plans;

/// <summary>The list's filters; each left empty means "all".</summary>
public sealed record PlanQuery
{
    public PlanLevel? Level { get; init; }

    public PlanStatus? Status { get; init; }

    public Guid? OrganisationId { get; init; }
}
