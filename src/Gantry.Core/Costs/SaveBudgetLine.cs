using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>Adds a line to a draft budget (<c>lineId</c> null) or changes one. Approved versions are read-only.</summary>
public sealed class SaveBudgetLine(GantryDbContext db, PermissionService permissions)
{
    public async Task<BudgetLineSummary> ExecuteAsync(Guid projectId, Guid budgetVersionId, Guid? lineId, BudgetLineInput input,
        CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditCosts, cancellationToken);
        var version = await db.BudgetVersions.SingleOrDefaultAsync(b => b.Id == budgetVersionId && b.ProjectId == projectId,
            cancellationToken) ?? throw new NotFoundException("Entity_BudgetVersion");
        version.EnsureDraft();
        var values = await input.CheckAsync(db, access.Project, cancellationToken);
        BudgetLine line;
        if (lineId is null)
        {
            line = BudgetLine.Create(projectId, version.Id, values);
            db.BudgetLines.Add(line);
        }
        else
        {
            line = await db.BudgetLines.SingleOrDefaultAsync(l => l.Id == lineId && l.BudgetVersionId == version.Id, cancellationToken)
                ?? throw new NotFoundException("Entity_BudgetLine");
            ConcurrencyCheck.Expect(db, line, input.Version, "Entity_BudgetLine");
            line.Change(values);
        }

        await db.SaveChangesAsync(cancellationToken);
        var code = await db.CostCodes.Where(c => c.Id == line.CostCodeId).Select(c => c.Code).SingleAsync(cancellationToken);
        return new BudgetLineSummary(line.Id, line.WbsNodeId, line.ActivityId, line.CostCodeId, code, line.Description, line.Amount,
            line.SpreadStart, line.SpreadFinish, line.Version);
    }
}
