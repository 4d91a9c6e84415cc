using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>The lines of one budget version, by WBS node and cost code.</summary>
public sealed class ListBudgetLines(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<BudgetLineSummary>> ExecuteAsync(Guid projectId, Guid budgetVersionId,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        money.RequireWholeProjectView();
        if (!await db.BudgetVersions.AnyAsync(b => b.Id == budgetVersionId && b.ProjectId == projectId, cancellationToken))
        {
            throw new NotFoundException("Entity_BudgetVersion");
        }

        return await (from l in db.BudgetLines
                      join c in db.CostCodes on l.CostCodeId equals c.Id
                      where l.BudgetVersionId == budgetVersionId
                      orderby l.WbsNodeId, c.Code
                      select new BudgetLineSummary(l.Id, l.WbsNodeId, l.ActivityId, l.CostCodeId, c.Code, l.Description, l.Amount,
                          l.SpreadStart, l.SpreadFinish, l.Version)).ToListAsync(cancellationToken);
    }
}
