namespace Gantry.Core.Projects;

/// <summary>One row of the portfolio list.</summary>
public sealed record ProjectSummary(
    Guid Id,
    string Code,
    string Name,
    ProjectType Type,
    ProjectStatus Status,
    string Location,
    string OwnerOrganisationName,
    decimal ContractAmount,
    string Currency,
    DateOnly PlannedStart,
    DateOnly PlannedFinish,
    bool IsArchived);
