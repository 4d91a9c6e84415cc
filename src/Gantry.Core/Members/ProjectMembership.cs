using Gantry.Core.Common;
using Gantry.Core.Organisations;

namespace Gantry.Core.Members;

/// <summary>
/// A user taking part in a project: their role and the party role their organisation plays in
/// this project (a general contractor company may be a subcontractor on someone else's project).
/// </summary>
public sealed class ProjectMembership : IVersioned, IProjectScoped
{
    private ProjectMembership()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid UserId { get; private set; }

    public ProjectRole Role { get; private set; }

    public OrganisationType PartyRole { get; private set; }

    public DateTime AddedAt { get; private set; }

    public int Version { get; set; }

    public static ProjectMembership Create(Guid projectId, Guid userId, ProjectRole? role, OrganisationType? partyRole,
        DateTime now)
    {
        var membership = new ProjectMembership { Id = Guid.CreateVersion7(), ProjectId = projectId, UserId = userId, AddedAt = now };
        membership.Change(role, partyRole);
        return membership;
    }

    public void Change(ProjectRole? role, OrganisationType? partyRole)
    {
        var v = new Validation();
        var checkedRole = v.Enum("role", role);
        var checkedParty = v.Enum("partyRole", partyRole);
        v.ThrowIfAny();
        Role = checkedRole;
        PartyRole = checkedParty;
    }
}
