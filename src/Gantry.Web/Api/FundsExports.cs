using Gantry.Core.Costs;
using Gantry.Core.Funds;

namespace Gantry.Web.Api;

/// <summary>
/// Excel downloads of the funds lists (contracts, applications and their receipts, payment requests),
/// each showing what the user may see, as the pages do: the list use cases carry the permission checks,
/// so another organisation's application is a 404 here too. Headers are bilingual, like the other exports.
/// </summary>
public static class FundsExports
{
    public static void MapFundsExports(this RouteGroupBuilder funds)
    {
        funds.MapGet("/applications/{applicationId:guid}/receipts.xlsx", async (Guid projectId, Guid applicationId, ListReceipts useCase,
            CancellationToken ct) =>
        {
            var rows = await useCase.ExecuteAsync(projectId, applicationId, ct);
            return ExcelDownload.File("receipts.xlsx", "收款 Receipts",
                [("收款日 Received on", 14), ("金额 Amount", 16), ("冲销 Reversal", 10), ("已冲销 Reversed", 10), ("超额理由 Override", 28)],
                rows.Select(r => new object?[]
                {
                    r.ReceivedOn.ToDateTime(TimeOnly.MinValue), r.Amount, r.ReversesId is null ? null : "✓", r.IsReversed ? "✓" : null, r.OverrideReason,
                }));
        });
        funds.MapGet("/contracts.xlsx", async (Guid projectId, ContractKind? kind, ListContracts useCase, CancellationToken ct) =>
        {
            var rows = await useCase.ExecuteAsync(projectId, kind, ct);
            return ExcelDownload.File("contracts.xlsx", "合同 Contracts",
                [("编号 Code", 14), ("名称 Name", 30), ("类型 Kind", 14), ("单位 Party", 28), ("合同额 Amount", 16), ("税率 VAT", 8),
                    ("质保金 Retention", 10), ("已批变更 Variations", 16), ("当前价 Current", 16), ("状态 Status", 10), ("签订 Signed", 12)],
                rows.Select(c => new object?[]
                {
                    c.Code, c.Name, c.Kind.ToString(), c.Counterparty, c.Amount, c.VatRate, c.RetentionRate, c.ApprovedVariations, c.CurrentValue,
                    c.Status.ToString(), c.SignedOn?.ToDateTime(TimeOnly.MinValue),
                }));
        });
        funds.MapGet("/applications.xlsx", async (Guid projectId, ListApplications useCase, CancellationToken ct) =>
        {
            var rows = await useCase.ExecuteAsync(projectId, ct);
            return ExcelDownload.File("applications.xlsx", "工程款申请 Applications",
                [("序号 No.", 8), ("计量截止 Period end", 14), ("计量 Measured", 16), ("批准 Approved", 16), ("质保金 Retention", 14),
                    ("预付款扣回 Advance", 14), ("应收净额 Net due", 16), ("已收 Received", 16), ("状态 Status", 10), ("发票 Invoice", 16)],
                rows.Select(a => new object?[]
                {
                    a.Number, a.PeriodEnd.ToDateTime(TimeOnly.MinValue), a.MeasuredAmount, a.ApprovedAmount, a.RetentionDeduction,
                    a.AdvanceRecovery, a.NetDue, a.Received, a.Status.ToString(), a.InvoiceNumber,
                }));
        });
        funds.MapGet("/payments.xlsx", async (Guid projectId, PaymentStatus? status, ListPaymentRequests useCase, CancellationToken ct) =>
        {
            var rows = await useCase.ExecuteAsync(projectId, status, ct);
            return ExcelDownload.File("payments.xlsx", "付款申请 Payments",
                [("序号 No.", 8), ("收款单位 Payee", 28), ("说明 Description", 36), ("申请 Requested", 16), ("批准 Approved", 16),
                    ("已付 Paid", 16), ("状态 Status", 10), ("批准日 Approved on", 14), ("超额理由 Override", 24), ("驳回理由 Rejection", 24)],
                rows.Select(p => new object?[]
                {
                    p.Number, p.Payee, p.Description, p.RequestedAmount, p.ApprovedAmount, p.Paid, p.Status.ToString(),
                    p.ApprovedOn?.ToDateTime(TimeOnly.MinValue), p.OverrideReason, p.RejectionReason,
                }));
        });
    }
}
