namespace Gantry.Core.Plans;

/// <summary>A plan as the list shows it.</summary>
public sealed record PlanSummary(Guid Id, PlanLevel Level, string Name, DateOnly PeriodStart, DateOnly PeriodEnd,
    Guid? ResponsibleOrganisationId, string? OrganisationName, PlanStatus Status, int Revision, int ItemCount, double PercentComplete,
    string CreatedByName, DateTime? PublishedAt, int Version);
