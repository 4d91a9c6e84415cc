using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>One ticket for its page; the same visibility as the list, so a ticket of another party's crew is not found.</summary>
public sealed class GetTicket(GantryDbContext db, PermissionService permissions)
{
    public async Task<TicketSummary> ExecuteAsync(Guid projectId, Guid ticketId, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        if (!money.SeesOwnRecordsOnly && !money.Can(Permission.RecordDayLabour) && !money.Can(Permission.ViewCosts))
        {
            throw new ForbiddenException();
        }

        var ticket = await DayLabourRules.Visible(db, money).AsNoTracking().Include(t => t.Lines)
            .SingleOrDefaultAsync(t => t.Id == ticketId, cancellationToken) ?? throw new NotFoundException("Entity_DayLabourTicket");
        return TicketSummary.From(ticket);
    }
}
