using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>Adds a worker to the roster (<c>workerId</c> null) or changes one. A subcontractor's foreman keeps only his own crew's workers.</summary>
public sealed class SaveWorker(GantryDbContext db, PermissionService permissions)
{
    public async Task<WorkerSummary> ExecuteAsync(Guid projectId, Guid? workerId, WorkerInput input, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.RecordDayLabour, cancellationToken);
        var values = input.Check();
        DayLabourRules.EnsureOwnCrew(money, values.CrewOrganisationId);
        await DayLabourRules.EnsureOrganisationAsync(db, values.CrewOrganisationId, "crewOrganisationId", cancellationToken);
        if (await db.Workers.AnyAsync(w => w.ProjectId == projectId && w.IdNumber == values.IdNumber && w.Id != workerId, cancellationToken))
        {
            throw ValidationFailedException.For("idNumber", Localization.Text.Get("Duplicate", Validation.Label("idNumber"),
                Worker.Mask(values.IdNumber)));
        }

        Worker worker;
        if (workerId is null)
        {
            worker = Worker.Create(projectId, values);
            db.Workers.Add(worker);
        }
        else
        {
            worker = await db.Workers.SingleOrDefaultAsync(w => w.Id == workerId && w.ProjectId == projectId, cancellationToken)
                ?? throw new NotFoundException("Entity_Worker");
            DayLabourRules.EnsureOwnCrew(money, worker.CrewOrganisationId);
            ConcurrencyCheck.Expect(db, worker, input.Version, "Entity_Worker");
            worker.Change(values);
        }

        await db.SaveChangesAsync(cancellationToken);
        return WorkerSummary.From(worker);
    }
}
