using Gantry.Core.Members;
using Gantry.Core.Organisations;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;

namespace Gantry.Web.Funds;

/// <summary>
/// What the signed-in user may do on the funds pages, to decide which buttons to show. Core checks
/// every POST again (MoneyAccess), so a hidden button is a courtesy, not the check.
/// </summary>
public sealed record FundsViewer(ProjectDetails Project, OrganisationType? Party, IReadOnlyDictionary<Guid, string> Names)
{
    /// <summary>The general contractor's staff (or an administrator, who has no party) run the job and see all of it.</summary>
    public bool RunsTheJob => Party is null or OrganisationType.GeneralContractor;

    public bool SeesWholeProject => RunsTheJob && Can(Permission.ViewCosts);

    public bool CanManageFunds => RunsTheJob && Can(Permission.ManageFunds);

    public bool CanCheck => RunsTheJob && Can(Permission.CheckPayments);

    /// <summary>A supplier never approves, whatever role it was given (Core's MoneyAccess.MayApprove).</summary>
    public bool CanApprovePayments => RunsTheJob && Party is not OrganisationType.Supplier && Can(Permission.ApprovePayments);

    public bool CanEditContracts => RunsTheJob && Can(Permission.EditCosts);

    public bool CanApproveContracts => RunsTheJob && Party is not OrganisationType.Supplier && Can(Permission.ApproveCosts);

    public bool Can(Permission permission) => Project.MyPermissions.Contains(permission);

    public string Name(Guid? userId) => userId is { } id ? Names.GetValueOrDefault(id, "—") : "—";

    public FundsNav Nav(string active) => new(Project.Id, Project.Code, active, SeesWholeProject);

    public static async Task<FundsViewer> LoadAsync(GetProject getProject, ListMembers listMembers, Guid projectId, string? userName,
        CancellationToken cancellationToken)
    {
        var project = await getProject.ExecuteAsync(projectId, cancellationToken);
        var members = await listMembers.ExecuteAsync(projectId, cancellationToken);
        var party = members.FirstOrDefault(m => m.UserName == userName)?.PartyRole;
        return new FundsViewer(project, party, members.ToDictionary(m => m.UserId, m => m.DisplayName));
    }
}
