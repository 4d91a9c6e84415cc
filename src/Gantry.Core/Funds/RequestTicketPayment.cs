using System.Globalization;
using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.DayLabour;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Funds;

/// <summary>
/// Turns an approved day-labour ticket's wages into a payment request to the crew's company, for
/// the ticket's amount, WBS node and cost code. It then goes through the same check and approval as
/// any request; its payment moves cash only, because the cost was posted when the ticket was approved.
/// The request takes every line of the ticket: it is refused while any line is in another live request
/// or was paid on the wage sheet, and the refusal names the ticket, the worker and that record.
/// </summary>
public sealed class RequestTicketPayment(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<PaymentRequestSummary> ExecuteAsync(Guid projectId, Guid ticketId, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ManageFunds, cancellationToken);
        if (money.SeesOwnRecordsOnly)
        {
            throw new ForbiddenException();
        }

        var ticket = await db.DayLabourTickets.SingleOrDefaultAsync(t => t.Id == ticketId && t.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_DayLabourTicket");
        if (ticket.Status != TicketStatus.Approved)
        {
            throw ValidationFailedException.For("ticketId", Localization.Text.Get("NotApproved", Validation.Label("ticketId")));
        }

        var lines = await WageCovers.LinesOfTicketAsync(db, ticketId, cancellationToken);
        var taken = (await WageCovers.OfLinesAsync(db, lines.Select(l => l.LineId), cancellationToken))
            .OrderBy(c => c.ByWageSheet ? 0 : 1).FirstOrDefault();
        if (taken is not null)
        {
            throw await WageCovers.RefusalAsync(db, "ticketId", taken, cancellationToken);
        }

        var values = new PaymentRequestValues(ticket.CrewOrganisationId, null, ticket.CostCodeId, ticket.WbsNodeId,
            string.Create(CultureInfo.InvariantCulture, $"点工单 {ticket.Number} · {ticket.Date:yyyy-MM-dd} · {ticket.CrewName}"), ticket.Amount, InvoiceStatus.None, ticket.Id);
        var next = (await db.PaymentRequests.Where(p => p.ProjectId == projectId).MaxAsync(p => (int?)p.Number, cancellationToken) ?? 0) + 1;
        var request = PaymentRequest.Create(projectId, next, values, money.UserId, clock.GetUtcNow().UtcDateTime);
        db.PaymentRequests.Add(request);
        db.WageCovers.AddRange(lines.Select(l => WageCover.ForRequest(l, request.Id, request.Number)));
        await WageCovers.SaveAsync(db, "ticketId", lines.Select(l => l.LineId).ToList(), _ => true, cancellationToken);
        return (await FundsQueries.RequestsAsync(db, db.PaymentRequests.Where(p => p.Id == request.Id), cancellationToken)).Single();
    }
}
