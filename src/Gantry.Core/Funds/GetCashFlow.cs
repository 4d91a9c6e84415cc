using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Funds;

/// <summary>A project's cash flow, planned against actual, by month and cumulative, with the funding-gap warning.</summary>
public sealed class GetCashFlow(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<CashFlow> ExecuteAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        money.RequireWholeProjectView();
        var settings = await ChangeMoneySettings.LoadAsync(db, projectId, cancellationToken);
        var months = await CashFlowPlan.LoadAsync(db, projectId, cancellationToken);
        return CashFlowPlan.Build(money.Access.Project.Currency, settings.FundingGapThreshold, months,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }
}
