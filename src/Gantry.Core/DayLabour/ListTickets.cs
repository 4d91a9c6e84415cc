using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>Tickets, newest first; a subcontractor sees its own crews' tickets and those charged to it.</summary>
public sealed class ListTickets(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<TicketSummary>> ExecuteAsync(Guid projectId, TicketQuery query, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        if (!money.SeesOwnRecordsOnly && !money.Can(Permission.RecordDayLabour) && !money.Can(Permission.ViewCosts))
        {
            throw new ForbiddenException();
        }

        if (query.Take is < 1 or > 1000)
        {
            throw ValidationFailedException.For("take", Localization.Text.Get("NotAllowedValue", Validation.Label("take")));
        }

        var tickets = DayLabourRules.Visible(db, money);
        if (query.Status is { } status)
        {
            tickets = tickets.Where(t => t.Status == status);
        }

        if (query.From is { } from)
        {
            tickets = tickets.Where(t => t.Date >= from);
        }

        if (query.To is { } to)
        {
            tickets = tickets.Where(t => t.Date <= to);
        }

        if (query.CrewOrganisationId is { } crew)
        {
            tickets = tickets.Where(t => t.CrewOrganisationId == crew);
        }

        var list = await tickets.OrderByDescending(t => t.Date).ThenByDescending(t => t.Number).Take(query.Take).Include(t => t.Lines)
            .AsSplitQuery().ToListAsync(cancellationToken);
        return list.Select(TicketSummary.From).ToList();
    }
}
