using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.DayLabour;
using Gantry.Core.Members;
using Gantry.Core.Organisations;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Gantry.Web.Money;
using Gantry.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects.Money;

/// <summary>
/// The day-labour ticket (点工单) on a phone: the foreman writes and submits it, the site engineer
/// verifies, the PM approves, the charged party countersigns. Buttons follow role and state; Core
/// decides again on every POST, so a hidden button is a courtesy, not the check.
/// </summary>
public sealed class TicketModel(GetProject getProject, GetTicket getTicket, SaveTicket saveTicket, SubmitTicket submitTicket,
    VerifyTicket verifyTicket, ApproveTicket approveTicket, CountersignTicket countersignTicket, ListMembers listMembers,
    ListWorkers listWorkers, ListOrganisations listOrganisations, ListContracts listContracts, GetSchedule getSchedule,
    ListTicketPhotos listPhotos, AttachTicketPhoto attachPhoto, IStringLocalizer<MoneyResource> text) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public Guid? TicketId { get; set; }

    [BindProperty]
    public TicketForm Form { get; set; } = new();

    public ProjectDetails Project { get; private set; } = null!;

    public TicketSummary? Ticket { get; private set; }

    public IReadOnlyList<SignatureLine> Signatures { get; private set; } = [];

    public IReadOnlyList<SelectListItem> WbsOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ActivityOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CrewOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ContractOptions { get; private set; } = [];

    public IReadOnlyList<WorkerSummary> Workers { get; private set; } = [];

    public IReadOnlyList<PhotoSummary> Photos { get; private set; } = [];

    /// <summary>Photos are added by whoever writes tickets (Core also keeps a foreman to his own crews' tickets).</summary>
    public bool CanAddPhoto => Ticket is not null && Can(Permission.RecordDayLabour);

    private OrganisationType? _myParty;

    private bool Can(Permission permission) => Project.MyPermissions.Contains(permission);

    private TicketStatus? Status => Ticket?.Status;

    public bool CanSave => Can(Permission.RecordDayLabour) && Status is null or TicketStatus.Draft or TicketStatus.Submitted or TicketStatus.Verified;

    public bool CanSubmit => Can(Permission.RecordDayLabour) && Status == TicketStatus.Draft;

    /// <summary>Only the party running the job (or an administrator, who has no party) vouches for a crew's hours.</summary>
    private bool RunsTheJob => _myParty is null or OrganisationType.GeneralContractor;

    public bool CanVerify => Can(Permission.VerifyDayLabour) && RunsTheJob && Status == TicketStatus.Submitted;

    /// <summary>A supplier never approves, whatever its role (Core's MoneyAccess.MayApprove); it is not the running party either.</summary>
    public bool CanApprove => Can(Permission.ApproveDayLabour) && RunsTheJob && Status == TicketStatus.Verified;

    /// <summary>Only the charged party countersigns (Core checks it is exactly that organisation); never the contractor, never a supplier.</summary>
    public bool CanCountersign => Ticket is { Status: TicketStatus.Approved, NeedsCountersignature: true, CountersignedBy: null }
        && _myParty is not null and not OrganisationType.GeneralContractor and not OrganisationType.Supplier;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Ticket is not null)
        {
            Form = TicketForm.From(Ticket);
        }
        else
        {
            Form = new TicketForm
            {
                Date = DateOnly.FromDateTime(DateTime.Today),
                CrewOrganisationId = Workers.Select(w => (Guid?)w.CrewOrganisationId).FirstOrDefault(),
                CrewName = Workers.Select(w => w.CrewName).FirstOrDefault(),
            };
        }

        Form.AddSpareLines();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var (input, rowOfLine) = Form.ToInput();
        if (ModelState.IsValid)
        {
            try
            {
                var saved = await saveTicket.ExecuteAsync(Id, TicketId, input, cancellationToken);
                TempData["Flash"] = text["Ticket.Saved", saved.Number].Value;
                return Redirect($"~/projects/{Id}/day-labour/tickets/{saved.Id}");
            }
            catch (ValidationFailedException failure)
            {
                TicketErrors.Add(ModelState, failure, nameof(Form), rowOfLine);
            }
            catch (ConcurrencyConflictException conflict)
            {
                ModelState.AddModelError(string.Empty, conflict.Message);
            }
            catch (ForbiddenException) when (Form.CrewOrganisationId is not null)
            {
                // A subcontractor's foreman may write tickets for his own company's crews only; say so beside the crew.
                ModelState.AddModelError($"{nameof(Form)}.{nameof(TicketForm.CrewOrganisationId)}", text["Ticket.NotOwnCrew"]);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>A photo from the phone's camera or gallery; a refused file (size, type) comes back as a message on the ticket.</summary>
    public async Task<IActionResult> OnPostPhotoAsync(IFormFile? photo, CancellationToken cancellationToken)
    {
        if (TicketId is null)
        {
            return NotFound();
        }

        try
        {
            await using var stream = photo?.OpenReadStream();
            var saved = await attachPhoto.ExecuteAsync(Id, TicketId.Value, photo?.FileName, stream, cancellationToken);
            TempData["Flash"] = text["Ticket.PhotoAdded", saved.FileName].Value;
        }
        catch (ValidationFailedException failure)
        {
            TempData["Error"] = string.Join(" ", failure.Errors.Select(e => e.Message));
        }

        return Redirect($"~/projects/{Id}/day-labour/tickets/{TicketId}");
    }

    public Task<IActionResult> OnPostSubmitAsync(int? version, CancellationToken cancellationToken) =>
        SignAsync(() => submitTicket.ExecuteAsync(Id, TicketId!.Value, version, cancellationToken), "Ticket.SubmittedDone");

    public Task<IActionResult> OnPostVerifyAsync(int? version, CancellationToken cancellationToken) =>
        SignAsync(() => verifyTicket.ExecuteAsync(Id, TicketId!.Value, version, cancellationToken), "Ticket.VerifiedDone");

    public Task<IActionResult> OnPostApproveAsync(int? version, CancellationToken cancellationToken) =>
        SignAsync(() => approveTicket.ExecuteAsync(Id, TicketId!.Value, version, cancellationToken), "Ticket.ApprovedDone");

    public Task<IActionResult> OnPostCountersignAsync(int? version, CancellationToken cancellationToken) =>
        SignAsync(() => countersignTicket.ExecuteAsync(Id, TicketId!.Value, version, cancellationToken), "Ticket.CountersignedDone");

    /// <summary>
    /// A signature refused for the ticket's state or a stale version comes back as a message on the
    /// ticket; a refusal for the user (403) or a ticket they may not see (404) goes to the error page.
    /// </summary>
    private async Task<IActionResult> SignAsync(Func<Task<TicketSummary>> sign, string done)
    {
        if (TicketId is null)
        {
            return NotFound();
        }

        try
        {
            var signed = await sign();
            TempData["Flash"] = text[done, signed.Number].Value;
        }
        catch (GantryException refused) when (refused is ValidationFailedException or ConcurrencyConflictException)
        {
            TempData["Error"] = refused is ValidationFailedException failure
                ? string.Join(" ", failure.Errors.Select(e => e.Message))
                : refused.Message;
        }

        return Redirect($"~/projects/{Id}/day-labour/tickets/{TicketId}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        Ticket = TicketId is { } ticketId ? await getTicket.ExecuteAsync(Id, ticketId, cancellationToken) : null;
        if (Ticket is null && !Can(Permission.RecordDayLabour))
        {
            throw new ForbiddenException();
        }

        var members = await listMembers.ExecuteAsync(Id, cancellationToken);
        _myParty = members.FirstOrDefault(m => m.UserName == User.Identity?.Name)?.PartyRole;
        var names = members.ToDictionary(m => m.UserId, m => m.DisplayName);
        if (Ticket is { } t)
        {
            string? Name(Guid? user) => user is { } u ? names.GetValueOrDefault(u, "—") : null;
            var signatures = new List<SignatureLine>
            {
                new(text["Ticket.Sign.Submitted"], Name(t.SubmittedBy), t.SubmittedAt),
                new(text["Ticket.Sign.Verified"], Name(t.VerifiedBy), t.VerifiedAt),
                new(text["Ticket.Sign.Approved"], Name(t.ApprovedBy), t.ApprovedAt),
            };
            if (t.NeedsCountersignature)
            {
                signatures.Add(new(text["Ticket.Sign.Countersigned"], Name(t.CountersignedBy), t.CountersignedAt));
            }

            Signatures = signatures;
            Photos = await listPhotos.ExecuteAsync(Id, t.Id, cancellationToken);
        }

        if (!CanSave)
        {
            return;
        }

        Workers = await listWorkers.ExecuteAsync(Id, cancellationToken);
        var schedule = await getSchedule.ExecuteAsync(Id, cancellationToken);
        WbsOptions = schedule.Wbs.Select(w => new SelectListItem($"{w.Code} {w.Name}", w.Id.ToString())).ToArray();
        ActivityOptions = schedule.Activities.Select(a => new SelectListItem($"{a.Code} {a.Name}", a.Id.ToString())).ToArray();
        CrewOptions = (await listOrganisations.ExecuteAsync(cancellationToken))
            .Where(o => o.Type is OrganisationType.GeneralContractor or OrganisationType.Subcontractor)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToArray();
        // Contract prices are the running party's; a subcontractor's foreman charges on nothing but own cost.
        if (Can(Permission.ViewCosts) && _myParty == OrganisationType.GeneralContractor)
        {
            ContractOptions = (await listContracts.ExecuteAsync(Id, cancellationToken: cancellationToken))
                .Where(c => c.Kind is ContractKind.Owner or ContractKind.Subcontract && c.Status == ContractStatus.InForce)
                .Select(c => new SelectListItem($"{c.Code} {c.Name} · {c.Counterparty}", c.Id.ToString())).ToArray();
        }
    }
}
