namespace Gantry.Core.Users;

/// <summary>The administrator's "new user" form.</summary>
public sealed record CreateUserInput
{
    public string? UserName { get; init; }

    public string? DisplayName { get; init; }

    public string? Email { get; init; }

    public string? Password { get; init; }

    public Guid? OrganisationId { get; init; }

    public bool IsAdministrator { get; init; }
}
