using Gantry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Funds;

/// <summary>Shared read models of the funds module.</summary>
internal static class FundsQueries
{
    public static Task<List<ApplicationSummary>> ApplicationsAsync(GantryDbContext db, IQueryable<PaymentApplication> applications,
        CancellationToken cancellationToken) =>
        applications.OrderBy(a => a.Number).Select(a => new ApplicationSummary(a.Id, a.ContractId, a.Number, a.PeriodEnd, a.MeasuredAmount,
            a.ApprovedAmount, a.RetentionDeduction, a.AdvanceRecovery, a.NetDue, a.ApprovedOn, a.Status, a.InvoiceNumber, a.InvoiceAmount,
            a.InvoicedOn, db.Receipts.Where(r => r.ApplicationId == a.Id).Sum(r => (decimal?)r.Amount) ?? 0m, a.Version))
            .ToListAsync(cancellationToken);

    public static Task<List<PaymentRequestSummary>> RequestsAsync(GantryDbContext db, IQueryable<PaymentRequest> requests,
        CancellationToken cancellationToken) =>
        (from p in requests
         join o in db.Organisations on p.PayeeId equals o.Id
         orderby p.Number
         select new PaymentRequestSummary(p.Id, p.Number, p.PayeeId, o.Name, p.ContractId, p.CostCodeId, p.WbsNodeId, p.Description,
             p.RequestedAmount, p.ApprovedAmount, p.Status, p.InvoiceStatus, p.RequestedBy, p.CheckedBy, p.ApprovedBy, p.ApprovedOn,
             p.OverrideReason, db.Payments.Where(x => x.RequestId == p.Id).Sum(x => (decimal?)x.Amount) ?? 0m, p.Version,
             p.RequestedAt, p.CheckedAt, p.ApprovedAt, p.RejectedBy, p.RejectedAt, p.RejectionReason, p.TicketId))
        .ToListAsync(cancellationToken);
}
