namespace Gantry.Core.Organisations;

public sealed record OrganisationSummary(Guid Id, string Name, string? Code, OrganisationType Type, int Version);
