using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Organisations;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>
/// A user's access to a project's money. Only the party that runs the job (the general contractor,
/// and administrators) sees every contract, ticket and payment; any other party (subcontractor,
/// supplier, owner…) sees only the records where its own organisation is the counterparty, whatever
/// its role, because contract prices of one party are confidential to the others.
/// </summary>
public sealed record MoneyAccess(ProjectAccess Access, OrganisationType? PartyRole)
{
    public Guid ProjectId => Access.Project.Id;

    public Guid UserId => Access.User.Id;

    public Guid OrganisationId => Access.User.OrganisationId;

    /// <summary>True when the user may see only records whose counterparty is their own organisation.</summary>
    public bool SeesOwnRecordsOnly => Access.Role is not null && PartyRole is not OrganisationType.GeneralContractor;

    /// <summary>A supplier never approves anything, whatever role it was given in the project.</summary>
    public bool MayApprove => PartyRole is not OrganisationType.Supplier;

    public bool Can(Permission permission) => Access.Can(permission);

    /// <summary>The whole project's figures (budget, cost report, cash flow) are for the running party only.</summary>
    public void RequireWholeProjectView()
    {
        if (!Can(Permission.ViewCosts) || SeesOwnRecordsOnly)
        {
            throw new ForbiddenException();
        }
    }

    public void RequireApproval(Permission permission)
    {
        if (!Can(permission) || !MayApprove)
        {
            throw new ForbiddenException();
        }
    }

    public static async Task<MoneyAccess> LoadAsync(GantryDbContext db, PermissionService permissions, Guid projectId,
        Permission permission, CancellationToken cancellationToken)
    {
        var access = await permissions.RequireProjectAsync(projectId, permission, cancellationToken);
        var partyRole = await db.Memberships.Where(m => m.ProjectId == projectId && m.UserId == access.User.Id)
            .Select(m => (OrganisationType?)m.PartyRole).SingleOrDefaultAsync(cancellationToken);
        return new MoneyAccess(access, partyRole);
    }
}
