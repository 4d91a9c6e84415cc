namespace Gantry.Core.Users;

/// <summary>The administrator's "edit user" form; <see cref="Version"/> is the version they loaded.</summary>
public sealed record UpdateUserInput
{
    public string? DisplayName { get; init; }

    public string? Email { get; init; }

    public Guid? OrganisationId { get; init; }

    public bool? IsAdministrator { get; init; }

    /// <summary>False disables the account: sign-in, sessions and tokens stop working at once.</summary>
    public bool? IsActive { get; init; }

    public int? Version { get; init; }
}
