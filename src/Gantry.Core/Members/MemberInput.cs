using Gantry.Core.Organisations;

namespace Gantry.Core.Members;

/// <summary>Add or change a member. <see cref="PartyRole"/> defaults to the type of the user's organisation.</summary>
public sealed record MemberInput
{
    public Guid? UserId { get; init; }

    public ProjectRole? Role { get; init; }

    public OrganisationType? PartyRole { get; init; }

    /// <summary>On change only: the version the user loaded.</summary>
    public int? Version { get; init; }
}
