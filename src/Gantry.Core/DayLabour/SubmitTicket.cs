using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.DayLabour;

/// <summary>The foreman signs the ticket and hands it to the site engineer.</summary>
public sealed class SubmitTicket(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<TicketSummary> ExecuteAsync(Guid projectId, Guid ticketId, int? version, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.RecordDayLabour, cancellationToken);
        var ticket = await SaveTicket.LoadAsync(db, money, ticketId, cancellationToken);
        DayLabourRules.EnsureOwnCrew(money, ticket.CrewOrganisationId);
        Common.ConcurrencyCheck.Expect(db, ticket, version, "Entity_DayLabourTicket");
        await PeriodRules.EnsureOpenAsync(db, projectId, ticket.Date, "date", cancellationToken);
        ticket.Submit(money.UserId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return TicketSummary.From(ticket);
    }
}
