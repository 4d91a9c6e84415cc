using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>
/// An approved ticket is never deleted: the project manager reverses it, which reverses its cost in
/// an open month and cancels its variation (rejected if pending, offset by a negated one if approved).
/// </summary>
public sealed class ReverseTicket(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<TicketSummary> ExecuteAsync(Guid projectId, Guid ticketId, DateOnly? date, int? version,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ApproveDayLabour, cancellationToken);
        money.RequireApproval(Permission.ApproveDayLabour);
        var ticket = await SaveTicket.LoadAsync(db, money, ticketId, cancellationToken);
        ConcurrencyCheck.Expect(db, ticket, version, "Entity_DayLabourTicket");
        var v = new Validation();
        var on = v.DateInProject("date", date, money.Access.Project);
        v.ThrowIfAny();
        await PeriodRules.EnsureOpenAsync(db, projectId, on, "date", cancellationToken);
        // Wages already paid or requested for the ticket would be left without a ticket behind them.
        var lineIds = ticket.Lines.Select(l => l.Id).ToList();
        var cover = await db.WageCovers.Where(c => lineIds.Contains(c.LineId)).OrderBy(c => c.WagePaymentId == null).FirstOrDefaultAsync(cancellationToken);
        if (cover is not null)
        {
            throw await WageCovers.RefusalAsync(db, "ticketId", cover, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        ticket.MarkReversed();
        var records = await db.CostRecords.Where(r => r.SourceId == ticket.Id && r.Source == CostSource.DayLabour && r.ReversesId == null
            && !r.IsReversed).ToListAsync(cancellationToken);
        db.CostRecords.AddRange(records.Select(r => r.Reverse(on, money.UserId, now)));
        var variations = await db.ContractVariations.Where(x => x.DayLabourTicketId == ticket.Id).ToListAsync(cancellationToken);
        foreach (var variation in variations)
        {
            if (variation.Status == VariationStatus.Pending)
            {
                variation.Decide(false, money.UserId, now);
            }
            else if (variation.Status == VariationStatus.Approved)
            {
                var contract = await db.Contracts.SingleAsync(c => c.Id == variation.ContractId, cancellationToken);
                var offset = ContractVariation.Create(contract, variation.Code + "-R", variation.Kind, variation.Description, on,
                    -variation.Amount, ticket.Id);
                offset.Decide(true, money.UserId, now);
                db.ContractVariations.Add(offset);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return TicketSummary.From(ticket);
    }
}
