namespace Gantry.Core.Users;

/// <summary>What the host needs to start a session: put these into the cookie's claims.</summary>
public sealed record SignedInUser(Guid Id, string UserName, string DisplayName, bool IsAdministrator,
    string SecurityStamp, string? PreferredCulture);
