using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Funds;

/// <summary>
/// The last approval step: the project manager approves an amount (by default the requested one).
/// Under a contract, everything approved on it may not pass its current value less retention,
/// unless a reason for the override is given, which stays on the record.
/// </summary>
public sealed class ApprovePayment(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<PaymentRequestSummary> ExecuteAsync(Guid projectId, Guid requestId, decimal? amount, string? overrideReason, int? version,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ApprovePayments, cancellationToken);
        money.RequireApproval(Permission.ApprovePayments);
        var request = await db.PaymentRequests.SingleOrDefaultAsync(p => p.Id == requestId && p.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_PaymentRequest");
        ConcurrencyCheck.Expect(db, request, version, "Entity_PaymentRequest");
        var v = new Validation();
        var approved = v.Amount("amount", amount ?? request.RequestedAmount);
        var reason = v.Trimmed("overrideReason", overrideReason, Receipt.ReasonMaxLength, required: false);
        v.ThrowIfAny();
        if (request.ContractId is { } contractId)
        {
            var contract = await ContractSummary.Query(db, db.Contracts.Where(c => c.Id == contractId)).SingleAsync(cancellationToken);
            var others = await db.PaymentRequests.Where(p => p.ContractId == contractId && p.Status == PaymentStatus.Approved && p.Id != request.Id)
                .SumAsync(p => (decimal?)p.ApprovedAmount, cancellationToken) ?? 0m;
            var allowed = decimal.Round(contract.CurrentValue * (1 - contract.RetentionRate), 2) - others;
            if (approved > allowed && reason.Length == 0)
            {
                throw ValidationFailedException.For("amount", Localization.Text.Get("OverContract", Validation.Label("amount"), allowed));
            }
        }

        var now = clock.GetUtcNow();
        request.Approve(approved, reason.Length == 0 ? null : reason, money.UserId, now.UtcDateTime, DateOnly.FromDateTime(now.UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return (await FundsQueries.RequestsAsync(db, db.PaymentRequests.Where(p => p.Id == request.Id), cancellationToken)).Single();
    }
}
