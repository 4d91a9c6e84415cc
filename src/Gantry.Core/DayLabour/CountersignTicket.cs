using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>
/// The charged party (the back-charged subcontractor, or the owner for a claim) accepts the ticket.
/// Only a member of that organisation may countersign; its acceptance approves the variation.
/// </summary>
public sealed class CountersignTicket(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<TicketSummary> ExecuteAsync(Guid projectId, Guid ticketId, int? version, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        var ticket = await SaveTicket.LoadAsync(db, money, ticketId, cancellationToken);
        if (ticket.ChargedPartyId != money.OrganisationId || !money.MayApprove)
        {
            throw new ForbiddenException();
        }

        ConcurrencyCheck.Expect(db, ticket, version, "Entity_DayLabourTicket");
        var now = clock.GetUtcNow().UtcDateTime;
        ticket.Countersign(money.UserId, now);
        var pending = await db.ContractVariations.Where(x => x.DayLabourTicketId == ticket.Id && x.Status == VariationStatus.Pending)
            .ToListAsync(cancellationToken);
        foreach (var variation in pending)
        {
            variation.Decide(true, money.UserId, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TicketSummary.From(ticket);
    }
}
