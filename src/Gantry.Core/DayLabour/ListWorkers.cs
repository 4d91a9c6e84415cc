using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>The roster, by crew and name; a party other than the contractor sees only its own workers.</summary>
public sealed class ListWorkers(GantryDbContext db, PermissionService permissions)
{
    public async Task<IReadOnlyList<WorkerSummary>> ExecuteAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        var workers = db.Workers.Where(w => w.ProjectId == projectId);
        if (money.SeesOwnRecordsOnly)
        {
            var own = money.OrganisationId;
            workers = workers.Where(w => w.CrewOrganisationId == own);
        }
        else if (!money.Can(Permission.RecordDayLabour) && !money.Can(Permission.ViewCosts))
        {
            throw new Common.ForbiddenException();
        }

        var list = await workers.ToListAsync(cancellationToken);
        return list.OrderBy(w => w.CrewName, StringComparer.Ordinal).ThenBy(w => w.Name, StringComparer.Ordinal)
            .Select(WorkerSummary.From).ToList();
    }
}
