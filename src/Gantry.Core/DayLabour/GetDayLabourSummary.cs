using System.Globalization;
using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>
/// Approved day labour (点工汇总) by crew, subcontractor, trade, activity, WBS, reason or period, added
/// up in the database. Weeks and months are folded from daily sums, because date truncation is
/// written differently on each database while a year has at most 366 days to fold.
/// </summary>
public sealed class GetDayLabourSummary(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<DayLabourSummaryRow>> ExecuteAsync(Guid projectId, DayLabourSummaryQuery query,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        if (!money.SeesOwnRecordsOnly && !money.Can(Permission.RecordDayLabour) && !money.Can(Permission.ViewCosts))
        {
            throw new ForbiddenException();
        }

        if (!Enum.IsDefined(query.Grouping))
        {
            throw ValidationFailedException.For("grouping", Localization.Text.Get("NotAllowedValue", Validation.Label("grouping")));
        }

        var tickets = DayLabourRules.Visible(db, money).Where(t => t.Status == TicketStatus.Approved);
        if (query.From is { } from)
        {
            tickets = tickets.Where(t => t.Date >= from);
        }

        if (query.To is { } to)
        {
            tickets = tickets.Where(t => t.Date <= to);
        }

        List<DayLabourSummaryRow> rows = query.Grouping switch
        {
            DayLabourGrouping.Crew => (await tickets.GroupBy(t => new { t.CrewOrganisationId, t.CrewName })
                    .Select(g => new { g.Key.CrewOrganisationId, g.Key.CrewName, N = g.Count(), D = g.Sum(t => t.WorkerDays), A = g.Sum(t => t.Amount) })
                    .ToListAsync(cancellationToken))
                .Select(g => new DayLabourSummaryRow(g.CrewOrganisationId + "/" + g.CrewName, g.CrewName, g.N, g.D, g.A)).ToList(),
            DayLabourGrouping.Subcontractor => (await (from g in tickets.GroupBy(t => t.CrewOrganisationId)
                                                       .Select(g => new { g.Key, N = g.Count(), D = g.Sum(t => t.WorkerDays), A = g.Sum(t => t.Amount) })
                                                       join o in db.Organisations on g.Key equals o.Id
                                                       select new { g.Key, o.Name, g.N, g.D, g.A }).ToListAsync(cancellationToken))
                .Select(g => new DayLabourSummaryRow(g.Key.ToString(), g.Name, g.N, g.D, g.A)).ToList(),
            DayLabourGrouping.Trade => (await (from l in db.DayLabourLines
                                               join t in tickets on l.TicketId equals t.Id
                                               group l by l.Trade into g
                                               select new { g.Key, N = g.Count(), D = g.Sum(l => l.WorkerDays), A = g.Sum(l => l.Amount) })
                    .ToListAsync(cancellationToken))
                .Select(g => new DayLabourSummaryRow(g.Key, g.Key, g.N, g.D, g.A)).ToList(),
            DayLabourGrouping.Activity => await ByNumberAsync(tickets.GroupBy(t => t.ActivityId),
                () => db.Activities.Where(a => a.ProjectId == projectId).Select(a => new { a.Id, Label = a.Code + " " + a.Name })
                    .ToDictionaryAsync(a => a.Id, a => a.Label, cancellationToken), cancellationToken),
            DayLabourGrouping.Wbs => await ByNumberAsync(tickets.GroupBy(t => t.WbsNodeId),
                () => db.WbsNodes.Where(w => w.ProjectId == projectId).Select(w => new { w.Id, Label = w.Code + " " + w.Name })
                    .ToDictionaryAsync(w => w.Id, w => w.Label, cancellationToken), cancellationToken),
            DayLabourGrouping.Reason => (await tickets.GroupBy(t => t.Reason)
                    .Select(g => new { g.Key, N = g.Count(), D = g.Sum(t => t.WorkerDays), A = g.Sum(t => t.Amount) })
                    .ToListAsync(cancellationToken))
                .Select(g => new DayLabourSummaryRow(g.Key.ToString(), Localization.Text.Get("Reason_" + g.Key), g.N, g.D, g.A)).ToList(),
            _ => await ByPeriodAsync(tickets, query.Grouping, cancellationToken),
        };
        // Activities and WBS nodes read in code order; the other keys (names, dates) sort as they are.
        return query.Grouping is DayLabourGrouping.Activity or DayLabourGrouping.Wbs
            ? rows.OrderBy(r => r.Label, StringComparer.Ordinal).ToList()
            : rows.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>Groups by an activity or WBS id; the label is its code and name ("—" for tickets on none), never the bare id.</summary>
    private static async Task<List<DayLabourSummaryRow>> ByNumberAsync(IQueryable<IGrouping<Guid?, DayLabourTicket>> groups,
        Func<Task<Dictionary<Guid, string>>> labels, CancellationToken cancellationToken)
    {
        var sums = await groups.Select(g => new { g.Key, N = g.Count(), D = g.Sum(t => t.WorkerDays), A = g.Sum(t => t.Amount) })
            .ToListAsync(cancellationToken);
        var names = await labels();
        return sums.Select(g => new DayLabourSummaryRow(g.Key?.ToString("D", CultureInfo.InvariantCulture) ?? string.Empty,
            g.Key is { } id ? names.GetValueOrDefault(id, "—") : "—", g.N, g.D, g.A)).ToList();
    }

    private static async Task<List<DayLabourSummaryRow>> ByPeriodAsync(IQueryable<DayLabourTicket> tickets, DayLabourGrouping grouping,
        CancellationToken cancellationToken)
    {
        var days = await tickets.GroupBy(t => t.Date)
            .Select(g => new { g.Key, N = g.Count(), D = g.Sum(t => t.WorkerDays), A = g.Sum(t => t.Amount) }).ToListAsync(cancellationToken);
        return days.GroupBy(d => PeriodStart(d.Key, grouping))
            .Select(g => new DayLabourSummaryRow(g.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                grouping == DayLabourGrouping.Month ? g.Key.ToString("yyyy-MM", CultureInfo.InvariantCulture)
                    : g.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                g.Sum(d => d.N), g.Sum(d => d.D), g.Sum(d => d.A))).ToList();
    }

    /// <summary>Weeks start on Monday, as in China and ISO 8601.</summary>
    private static DateOnly PeriodStart(DateOnly date, DayLabourGrouping grouping) => grouping switch
    {
        DayLabourGrouping.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        DayLabourGrouping.Month => new DateOnly(date.Year, date.Month, 1),
        _ => date,
    };
}
