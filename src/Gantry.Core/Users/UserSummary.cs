using Gantry.Core.Organisations;

namespace Gantry.Core.Users;

/// <summary>A user as listed to administrators and in member pickers.</summary>
public sealed record UserSummary(Guid Id, string UserName, string DisplayName, string? Email, Guid OrganisationId,
    string OrganisationName, OrganisationType OrganisationType, bool IsAdministrator, bool IsActive, DateTime? LockedOutUntil, int Version);
