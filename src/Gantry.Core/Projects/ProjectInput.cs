namespace Gantry.Core.Projects;

/// <summary>
/// What a user types into the project form or posts to the API. Every field is nullable so a
/// missing one is reported by name instead of silently becoming zero or an empty date.
/// </summary>
public sealed record ProjectInput
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public ProjectType? Type { get; init; }

    public string? Location { get; init; }

    public Guid? OwnerOrganisationId { get; init; }

    public decimal? ContractAmount { get; init; }

    public string? Currency { get; init; }

    public DateOnly? PlannedStart { get; init; }

    public DateOnly? PlannedFinish { get; init; }

    public ProjectStatus? Status { get; init; }

    public string? Description { get; init; }

    /// <summary>On update and archive: the version the user loaded (optimistic concurrency). Ignored on create.</summary>
    public int? Version { get; init; }
}
