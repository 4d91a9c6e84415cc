using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Members;
using Gantry.Core.Organisations;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Funds;

/// <summary>
/// The cash flow of every project whose money the user may see in full (administrator, or the
/// contractor's project manager or cost controller), added up by month. The funding-gap threshold
/// of the portfolio is the sum of the projects' thresholds.
/// </summary>
public sealed class GetPortfolioCashFlow(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<CashFlow> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var user = await permissions.RequireUserAsync(cancellationToken);
        var projects = permissions.VisibleProjects(user).Where(p => !p.IsArchived);
        if (!user.IsAdministrator)
        {
            var roles = Enum.GetValues<ProjectRole>().Where(r => RolePermissions.For(r).Contains(Permission.ViewCosts)).ToList();
            projects = projects.Where(p => db.Memberships.Any(m => m.ProjectId == p.Id && m.UserId == user.Id && roles.Contains(m.Role)
                && m.PartyRole == OrganisationType.GeneralContractor));
        }

        var list = await projects.Select(p => new { p.Id, p.Currency }).ToListAsync(cancellationToken);
        var total = new SortedDictionary<DateOnly, decimal[]>();
        decimal threshold = 0;
        foreach (var project in list)
        {
            threshold += (await ChangeMoneySettings.LoadAsync(db, project.Id, cancellationToken)).FundingGapThreshold;
            foreach (var (month, row) in await CashFlowPlan.LoadAsync(db, project.Id, cancellationToken))
            {
                var sum = total.TryGetValue(month, out var existing) ? existing : total[month] = new decimal[4];
                for (var i = 0; i < 4; i++)
                {
                    sum[i] += row[i];
                }
            }
        }

        var currency = list.Select(p => p.Currency).Distinct().SingleOrDefault() ?? "CNY";
        return CashFlowPlan.Build(currency, threshold, total, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }
}
