using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.DayLabour;

/// <summary>The project manager approves a verified ticket, which posts its actual cost (and back-charge or claim).</summary>
public sealed class ApproveTicket(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<TicketSummary> ExecuteAsync(Guid projectId, Guid ticketId, int? version, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ApproveDayLabour, cancellationToken);
        money.RequireApproval(Permission.ApproveDayLabour);
        var ticket = await SaveTicket.LoadAsync(db, money, ticketId, cancellationToken);
        ConcurrencyCheck.Expect(db, ticket, version, "Entity_DayLabourTicket");
        await PeriodRules.EnsureOpenAsync(db, projectId, ticket.Date, "date", cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        ticket.Approve(money.UserId, now);
        await TicketPosting.PostAsync(db, ticket, money.UserId, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TicketSummary.From(ticket);
    }
}
