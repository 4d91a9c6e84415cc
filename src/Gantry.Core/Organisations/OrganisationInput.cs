namespace Gantry.Core.Organisations;

/// <summary>The organisation form; <see cref="Version"/> only on update.</summary>
public sealed record OrganisationInput
{
    public string? Name { get; init; }

    public string? Code { get; init; }

    public OrganisationType? Type { get; init; }

    public int? Version { get; init; }
}
