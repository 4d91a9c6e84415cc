using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Funds;

/// <summary>The receivable or payable ledger per counterparty with ageing, as of today; a subcontractor sees only its own line.</summary>
public sealed class GetLedger(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<IReadOnlyList<LedgerRow>> ExecuteAsync(Guid projectId, LedgerSide side, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        if (!money.SeesOwnRecordsOnly)
        {
            money.RequireWholeProjectView();
        }

        if (!Enum.IsDefined(side))
        {
            throw ValidationFailedException.For("side", Localization.Text.Get("NotAllowedValue", Validation.Label("side")));
        }

        var items = side == LedgerSide.Receivable
            ? await (from a in db.PaymentApplications
                     join c in db.Contracts on a.ContractId equals c.Id
                     where a.ProjectId == projectId && a.Status == ApplicationStatus.Approved
                     select new LedgerItem(c.CounterpartyId, a.ApprovedOn!.Value, a.NetDue,
                         db.Receipts.Where(r => r.ApplicationId == a.Id).Sum(r => (decimal?)r.Amount) ?? 0m)).ToListAsync(cancellationToken)
            : await db.PaymentRequests.Where(p => p.ProjectId == projectId && p.Status == PaymentStatus.Approved)
                .Select(p => new LedgerItem(p.PayeeId, p.ApprovedOn!.Value, p.ApprovedAmount,
                    db.Payments.Where(x => x.RequestId == p.Id).Sum(x => (decimal?)x.Amount) ?? 0m)).ToListAsync(cancellationToken);
        if (money.SeesOwnRecordsOnly)
        {
            items = items.Where(i => i.CounterpartyId == money.OrganisationId).ToList();
        }

        var ids = items.Select(i => i.CounterpartyId).Distinct().ToList();
        var names = await db.Organisations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return items.GroupBy(i => i.CounterpartyId).Select(g =>
        {
            var buckets = new decimal[4];
            foreach (var item in g)
            {
                var open = item.Due - item.Settled;
                var age = today.DayNumber - item.Since.DayNumber;
                buckets[age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : 3] += open;
            }

            return new LedgerRow(g.Key, names[g.Key], g.Sum(i => i.Due), g.Sum(i => i.Settled), g.Sum(i => i.Due - i.Settled),
                buckets[0], buckets[1], buckets[2], buckets[3]);
        }).OrderByDescending(r => r.Outstanding).ToList();
    }

    private sealed record LedgerItem(Guid CounterpartyId, DateOnly Since, decimal Due, decimal Settled);
}
