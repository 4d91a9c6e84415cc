using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Members;
using Gantry.Core.Organisations;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Plans;

/// <summary>
/// Who sees and changes which plans. Planners and project managers prepare plans, the project manager
/// approves; a site engineer prepares only his own organisation's plans. A member whose party is a
/// subcontractor sees only the published plans of his organisation (what was issued to him), and
/// anyone else without plan rights (viewers, cost staff) reads published plans only.
/// </summary>
public sealed record PlanAccess(ProjectAccess Project, bool IsSubcontractor)
{
    public Guid UserId => Project.User.Id;

    public string UserName => Project.User.DisplayName;

    public Guid OwnOrganisationId => Project.User.OrganisationId;

    /// <summary>Drafts and plans in approval are working papers: only those who prepare or approve plans see them.</summary>
    public bool SeesUnpublished => !IsSubcontractor && (Project.Can(Permission.EditPlans) || Project.Can(Permission.ApprovePlans));

    public bool CanApprove => !IsSubcontractor && Project.Can(Permission.ApprovePlans);

    public bool Sees(Plan plan) => IsSubcontractor
        ? plan.IsPublished && plan.ResponsibleOrganisationId == OwnOrganisationId
        : plan.IsPublished || SeesUnpublished;

    public IQueryable<Plan> Visible(IQueryable<Plan> plans)
    {
        if (IsSubcontractor)
        {
            var own = OwnOrganisationId;
            return plans.Where(p => p.Status == PlanStatus.Published && p.ResponsibleOrganisationId == own);
        }

        return SeesUnpublished ? plans : plans.Where(p => p.Status == PlanStatus.Published);
    }

    /// <summary>May prepare (create, edit, submit, report on) a plan of this organisation (null: the whole project's).</summary>
    public bool CanEdit(Guid? organisationId) =>
        !IsSubcontractor && Project.Can(Permission.EditPlans)
        && (Project.Role != ProjectRole.SiteEngineer || organisationId == OwnOrganisationId);

    public void EnsureCanEdit(Guid? organisationId)
    {
        if (!CanEdit(organisationId))
        {
            throw new ForbiddenException();
        }
    }

    public void EnsureCanApprove()
    {
        if (!CanApprove)
        {
            throw new ForbiddenException();
        }
    }

    public static async Task<PlanAccess> RequireAsync(GantryDbContext db, PermissionService permissions, Guid projectId,
        CancellationToken cancellationToken)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.ViewProject, cancellationToken);
        if (access.Role is null)
        {
            return new PlanAccess(access, false);
        }

        var party = await db.Memberships.Where(m => m.ProjectId == projectId && m.UserId == access.User.Id)
            .Select(m => m.PartyRole).SingleAsync(cancellationToken);
        return new PlanAccess(access, party == OrganisationType.Subcontractor);
    }

    /// <summary>
    /// Every change of a plan's content bumps the plan's version, also when only an item or a task row
    /// changed: the plan is what the user loaded and what a concurrent edit must not overwrite.
    /// </summary>
    public static void MarkChanged(GantryDbContext db, Plan plan) => db.Entry(plan).Property(p => p.UpdatedAt).IsModified = true;

    /// <summary>The plan with its items and tasks; a plan the user may not see does not exist for him.</summary>
    public async Task<Plan> LoadAsync(GantryDbContext db, Guid planId, CancellationToken cancellationToken)
    {
        var projectId = Project.Project.Id;
        var plan = await db.Plans.Include(p => p.Items).ThenInclude(i => i.Tasks).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == planId && p.ProjectId == projectId, cancellationToken);
        return plan is not null && Sees(plan) ? plan : throw new NotFoundException("Entity_Plan");
    }

    /// <summary>Loads a plan to change its content or progress: visible, the user's to prepare, and at the version he saw.</summary>
    public async Task<Plan> LoadForEditAsync(GantryDbContext db, Guid planId, int? version, CancellationToken cancellationToken)
    {
        var plan = await LoadAsync(db, planId, cancellationToken);
        EnsureCanEdit(plan.ResponsibleOrganisationId);
        ConcurrencyCheck.Expect(db, plan, version, "Entity_Plan");
        return plan;
    }
}
