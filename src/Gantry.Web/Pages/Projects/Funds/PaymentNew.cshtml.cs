using System.Globalization;
using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.DayLabour;
using Gantry.Core.Funds;
using Gantry.Core.Members;
using Gantry.Core.Organisations;
using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Gantry.Web.Funds;
using Gantry.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects.Funds;

/// <summary>
/// Raises a payment request: the wages of an approved day-labour ticket for its crew (one click), or
/// any payment under a cost contract or as an expense on a cost code. Both then need check and approval.
/// </summary>
public sealed class PaymentNewModel(GetProject getProject, ListMembers listMembers, ListTickets listTickets, ListPaymentRequests listRequests,
    ListOrganisations listOrganisations, ListContracts listContracts, ListCostCodes listCostCodes, GetSchedule getSchedule,
    RequestPayment requestPayment, RequestTicketPayment requestTicketPayment, IStringLocalizer<FundsResource> text) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public PaymentRequestForm Form { get; set; } = new();

    [BindProperty]
    public TicketRequestForm FromTicket { get; set; } = new();

    public FundsViewer Viewer { get; private set; } = null!;

    public ProjectDetails Project => Viewer.Project;

    public IReadOnlyList<SelectListItem> TicketOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PayeeOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ContractOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CostCodeOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> WbsOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostTicketAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (FromTicket.TicketId is { } ticketId)
            {
                var request = await requestTicketPayment.ExecuteAsync(Id, ticketId, cancellationToken);
                TempData["Flash"] = text["Payment.RequestedDone", request.Number].Value;
                return Redirect($"~/projects/{Id}/funds/payments/{request.Id}");
            }

            ModelState.AddModelError($"{nameof(FromTicket)}.{nameof(TicketRequestForm.TicketId)}", text["Payment.ChooseTicket"]);
        }
        catch (ValidationFailedException failure)
        {
            FundsErrors.Add<TicketRequestForm>(ModelState, failure, nameof(FromTicket));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRequestAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var request = await requestPayment.ExecuteAsync(Id, Form.ToInput(), cancellationToken);
                TempData["Flash"] = text["Payment.RequestedDone", request.Number].Value;
                return Redirect($"~/projects/{Id}/funds/payments/{request.Id}");
            }
            catch (ValidationFailedException failure)
            {
                FundsErrors.Add<PaymentRequestForm>(ModelState, failure, nameof(Form));
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Viewer = await FundsViewer.LoadAsync(getProject, listMembers, Id, User.Identity?.Name, cancellationToken);
        if (!Viewer.CanManageFunds)
        {
            throw new ForbiddenException();
        }

        // Tickets whose wages already have a live (not rejected) request are not offered again.
        var requested = (await listRequests.ExecuteAsync(Id, null, cancellationToken))
            .Where(r => r.TicketId is not null && r.Status is not (PaymentStatus.Rejected or PaymentStatus.Withdrawn)).Select(r => r.TicketId!.Value).ToHashSet();
        var tickets = await listTickets.ExecuteAsync(Id, new TicketQuery { Status = TicketStatus.Approved, Take = 1000 }, cancellationToken);
        TicketOptions = tickets.Where(t => !requested.Contains(t.Id)).OrderByDescending(t => t.Date).ThenByDescending(t => t.Number)
            .Select(t => new SelectListItem(string.Create(CultureInfo.CurrentCulture,
                $"{text["Payment.TicketOption", t.Number]} · {UiFormat.Date(t.Date)} · {t.CrewName} · {UiFormat.Money(t.Amount, Project.Currency)}"),
                t.Id.ToString())).ToList();
        PayeeOptions = (await listOrganisations.ExecuteAsync(cancellationToken))
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
        ContractOptions = (await listContracts.ExecuteAsync(Id, cancellationToken: cancellationToken))
            .Where(c => c.Kind != ContractKind.Owner && c.Status == ContractStatus.InForce)
            .Select(c => new SelectListItem($"{c.Code} {c.Name} · {c.Counterparty}", c.Id.ToString())).ToList();
        CostCodeOptions = (await listCostCodes.ExecuteAsync(Id, cancellationToken))
            .Select(c => new SelectListItem($"{c.Code} {c.Name}", c.Id.ToString())).ToList();
        WbsOptions = (await getSchedule.ExecuteAsync(Id, cancellationToken)).Wbs
            .Select(w => new SelectListItem($"{w.Code} {w.Name}", w.Id.ToString())).ToList();
    }
}
