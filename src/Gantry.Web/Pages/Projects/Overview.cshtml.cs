using Gantry.Core.Common;
using Gantry.Core.Members;
using Gantry.Core.Organisations;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Gantry.Core.Users;
using Gantry.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects;

/// <summary>A project's key facts and team; members with the right role edit, archive and add people here.</summary>
public sealed class OverviewModel(GetProject getProject, ListMembers listMembers, ListUsers listUsers, AddMember addMember,
    ChangeMember changeMember, RemoveMember removeMember, ArchiveProject archiveProject, IStringLocalizer<SharedResource> text) : PageModel
{
    private static readonly IReadOnlySet<string> MemberFields = ModelStateExtensions.FieldsOf<NewMemberForm>();

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public NewMemberForm NewMember { get; set; } = new();

    public ProjectDetails Project { get; private set; } = null!;

    public IReadOnlyList<MemberSummary> Members { get; private set; } = [];

    public bool CanEdit => Project.MyPermissions.Contains(Permission.EditProject);

    public bool CanArchive => Project.MyPermissions.Contains(Permission.ArchiveProject);

    public bool CanManageMembers => Project.MyPermissions.Contains(Permission.ManageMembers);

    /// <summary>Any party lists day labour (another party sees only its own crews' tickets); the contractor's staff need a day-labour right.</summary>
    public bool SeesDayLabour => MyParty is not null and not OrganisationType.GeneralContractor
        || Project.MyPermissions.Contains(Permission.RecordDayLabour) || Project.MyPermissions.Contains(Permission.ViewCosts);

    /// <summary>The whole project's cost report and cash flow are for the running party only (Core's MoneyAccess rule).</summary>
    public bool SeesCosts => Project.MyPermissions.Contains(Permission.ViewCosts) && MyParty is null or OrganisationType.GeneralContractor;

    /// <summary>
    /// The funds pages: the running party's money staff see everything; any other party (subcontractor,
    /// supplier, owner) sees its own contracts, payments and ledger line there (Core's MoneyAccess rule).
    /// </summary>
    public bool SeesFunds => MyParty is not null and not OrganisationType.GeneralContractor || Project.MyPermissions.Contains(Permission.ViewCosts);

    private OrganisationType? MyParty => Members.FirstOrDefault(m => m.UserName == User.Identity?.Name)?.PartyRole;

    public IReadOnlyList<SelectListItem> UserOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> RoleOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PartyRoleOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAddMemberAsync(CancellationToken cancellationToken)
    {
        try
        {
            var added = await addMember.ExecuteAsync(Id, NewMember.ToInput(), cancellationToken);
            TempData["Flash"] = text["Members.Added", added.DisplayName].Value;
            return Redirect($"~/projects/{Id}");
        }
        catch (ValidationFailedException failure)
        {
            ModelState.AddFieldErrors(failure, nameof(NewMember), MemberFields);
        }
        catch (ForbiddenException denied)
        {
            ModelState.AddModelError(string.Empty, denied.Message);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Gives a member another role at the version the manager saw; Core keeps at least one project manager.</summary>
    public async Task<IActionResult> OnPostChangeRoleAsync(Guid membershipId, ProjectRole? role, int? version,
        CancellationToken cancellationToken)
    {
        try
        {
            var changed = await changeMember.ExecuteAsync(Id, membershipId, new MemberInput { Role = role, Version = version },
                cancellationToken);
            TempData["Flash"] = text["Members.RoleChanged", changed.DisplayName].Value;
            return Redirect($"~/projects/{Id}");
        }
        catch (GantryException refused) when (refused is ValidationFailedException or ConcurrencyConflictException)
        {
            // Redirect instead of re-rendering: the refused change is still on the tracked entity in
            // this request, and the page must show what is saved.
            TempData["Error"] = refused is ValidationFailedException failure
                ? string.Join(" ", failure.Errors.Select(e => e.Message))
                : refused.Message;
            return Redirect($"~/projects/{Id}");
        }
    }

    /// <summary>Takes a user off the project; Core refuses to remove the last project manager.</summary>
    public async Task<IActionResult> OnPostRemoveMemberAsync(Guid membershipId, CancellationToken cancellationToken)
    {
        try
        {
            await removeMember.ExecuteAsync(Id, membershipId, cancellationToken);
            TempData["Flash"] = text["Members.Removed"].Value;
            return Redirect($"~/projects/{Id}");
        }
        catch (ValidationFailedException refused)
        {
            foreach (var error in refused.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Message);
            }

            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    /// <summary>Archives (or restores) the project at the version the user saw, so a concurrent edit is not hidden.</summary>
    public async Task<IActionResult> OnPostArchiveAsync(bool restore, int? version, CancellationToken cancellationToken)
    {
        try
        {
            await archiveProject.ExecuteAsync(Id, version, archived: !restore, cancellationToken);
            TempData["Flash"] = text[restore ? "Project.RestoredDone" : "Project.ArchivedDone"].Value;
            return Redirect($"~/projects/{Id}");
        }
        catch (GantryException refused) when (refused is not NotFoundException)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        Members = await listMembers.ExecuteAsync(Id, cancellationToken);
        if (!CanManageMembers)
        {
            return;
        }

        var memberIds = Members.Select(m => m.UserId).ToHashSet();
        var users = await listUsers.ExecuteAsync(cancellationToken);
        UserOptions = users
            .Where(u => u.IsActive && !memberIds.Contains(u.Id))
            .Select(u => new SelectListItem($"{u.DisplayName} ({u.UserName}) · {u.OrganisationName}", u.Id.ToString()))
            .ToArray();
        RoleOptions = SelectOptions.ForEnum<ProjectRole>(text);
        PartyRoleOptions = SelectOptions.ForEnum<OrganisationType>(text);
    }
}
