using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.DayLabour;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Funds;

/// <summary>
/// Turns a payment request down with a reason: the cost controller at the check (a requested one),
/// the project manager at the approval (a checked one). The step's own right is required, so a
/// checker cannot reject what only the approver decides; only the party running the job decides, never the payee.
/// </summary>
public sealed class RejectPayment(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<PaymentRequestSummary> ExecuteAsync(Guid projectId, Guid requestId, string? reason, int? version,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        var request = await db.PaymentRequests.SingleOrDefaultAsync(p => p.Id == requestId && p.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_PaymentRequest");
        if (money.SeesOwnRecordsOnly)
        {
            // Another party sees its own requests but never decides on them, whatever role it was given.
            if (request.PayeeId != money.OrganisationId)
            {
                throw new NotFoundException("Entity_PaymentRequest");
            }

            throw new ForbiddenException();
        }

        money.RequireApproval(request.Status == PaymentStatus.Checked ? Permission.ApprovePayments : Permission.CheckPayments);
        ConcurrencyCheck.Expect(db, request, version, "Entity_PaymentRequest");
        var v = new Validation();
        var why = v.Trimmed("reason", reason, Receipt.ReasonMaxLength);
        v.ThrowIfAny();
        request.Reject(why, money.UserId, clock.GetUtcNow().UtcDateTime);
        await WageCovers.ReleaseRequestAsync(db, request.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (await FundsQueries.RequestsAsync(db, db.PaymentRequests.Where(p => p.Id == request.Id), cancellationToken)).Single();
    }
}
