using Gantry.Core.Organisations;

namespace Gantry.Core.Users;

/// <summary>The signed-in user as the header, the "me" API and the language middleware need them.</summary>
public sealed record CurrentUserDetails(Guid Id, string UserName, string DisplayName, string? Email,
    Guid OrganisationId, string OrganisationName, OrganisationType OrganisationType, bool IsAdministrator,
    string? PreferredCulture, bool CanCreateProjects);
