using Gantry.Core.Organisations;

namespace Gantry.Core.Members;

/// <summary>A project member as listed on the project's team page.</summary>
public sealed record MemberSummary(Guid Id, Guid UserId, string UserName, string DisplayName, string OrganisationName,
    ProjectRole Role, OrganisationType PartyRole, DateTime AddedAt, int Version);
