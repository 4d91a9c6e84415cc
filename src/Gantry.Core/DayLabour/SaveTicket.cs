using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>
/// Writes a new ticket (<c>ticketId</c> null) or edits one not yet approved. Editing a signed ticket
/// clears its signatures; the audit trail records the change and who had signed.
/// </summary>
public sealed class SaveTicket(GantryDbContext db, PermissionService permissions)
{
    public async Task<TicketSummary> ExecuteAsync(Guid projectId, Guid? ticketId, TicketInput input, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.RecordDayLabour, cancellationToken);
        await CostCodeDefaults.EnsureAsync(db, projectId, cancellationToken);
        DayLabourTicket ticket;
        if (ticketId is null)
        {
            var values = await input.CheckAsync(db, money.Access.Project, cancellationToken);
            DayLabourRules.EnsureOwnCrew(money, values.CrewOrganisationId);
            await DayLabourRules.EnsureOrganisationAsync(db, values.CrewOrganisationId, "crewOrganisationId", cancellationToken);
            var number = (await db.DayLabourTickets.Where(t => t.ProjectId == projectId).MaxAsync(t => (int?)t.Number, cancellationToken) ?? 0) + 1;
            ticket = DayLabourTicket.Create(projectId, number, values);
            db.DayLabourTickets.Add(ticket);
        }
        else
        {
            ticket = await LoadAsync(db, money, ticketId.Value, cancellationToken);
            // A party back-charged for the ticket sees it in order to countersign; it stays the crew's to write.
            DayLabourRules.EnsureOwnCrew(money, ticket.CrewOrganisationId);
            ConcurrencyCheck.Expect(db, ticket, input.Version, "Entity_DayLabourTicket");
            // The old date must be open too: moving a ticket out of a closed month would change that month.
            await PeriodRules.EnsureOpenAsync(db, projectId, ticket.Date, "date", cancellationToken);
            var values = await input.CheckAsync(db, money.Access.Project, cancellationToken);
            DayLabourRules.EnsureOwnCrew(money, values.CrewOrganisationId);
            db.DayLabourLines.RemoveRange(ticket.Change(values));
            // The new lines carry client-made keys, so EF would take them for existing rows unless told they are new.
            db.DayLabourLines.AddRange(ticket.Lines);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TicketSummary.From(ticket);
    }

    /// <summary>Loads a ticket with its lines, if the user may see it (else not found) and it belongs to the user's crew when required.</summary>
    internal static async Task<DayLabourTicket> LoadAsync(GantryDbContext db, MoneyAccess money, Guid ticketId,
        CancellationToken cancellationToken)
    {
        var ticket = await DayLabourRules.Visible(db, money).Include(t => t.Lines).SingleOrDefaultAsync(t => t.Id == ticketId, cancellationToken)
            ?? throw new NotFoundException("Entity_DayLabourTicket");
        return ticket;
    }
}
