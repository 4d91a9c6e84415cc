using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.DayLabour;

/// <summary>
/// The contractor's site engineer confirms on site that the work was done as written. A
/// subcontractor's engineer cannot verify: that would be the crew vouching for itself.
/// </summary>
public sealed class VerifyTicket(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<TicketSummary> ExecuteAsync(Guid projectId, Guid ticketId, int? version, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.VerifyDayLabour, cancellationToken);
        if (money.SeesOwnRecordsOnly)
        {
            throw new ForbiddenException();
        }

        var ticket = await SaveTicket.LoadAsync(db, money, ticketId, cancellationToken);
        ConcurrencyCheck.Expect(db, ticket, version, "Entity_DayLabourTicket");
        await PeriodRules.EnsureOpenAsync(db, projectId, ticket.Date, "date", cancellationToken);
        ticket.Verify(money.UserId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return TicketSummary.From(ticket);
    }
}
