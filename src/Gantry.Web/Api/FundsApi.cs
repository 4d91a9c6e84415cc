using Gantry.Core.Funds;

namespace Gantry.Web.Api;

/// <summary>The funds center: payment applications and receipts, payment requests and payments, cash flow, ledgers.</summary>
public static class FundsApi
{
    public static void MapFundsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/funds/cash-flow", (GetPortfolioCashFlow useCase, CancellationToken ct) => useCase.ExecuteAsync(ct)).WithTags("Funds");

        var funds = api.MapGroup("/projects/{projectId:guid}/funds").WithTags("Funds").ProducesValidationProblem();
        funds.MapGet("/applications", (Guid projectId, ListApplications useCase, CancellationToken ct) => useCase.ExecuteAsync(projectId, ct));
        funds.MapPost("/applications", (Guid projectId, ApplicationInput input, SubmitApplication useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, input, ct));
        funds.MapPost("/applications/{applicationId:guid}/approve", (Guid projectId, Guid applicationId, ApplicationInput input,
            ApproveApplication useCase, CancellationToken ct) => useCase.ExecuteAsync(projectId, applicationId, input, ct));
        funds.MapPost("/applications/{applicationId:guid}/receipts", (Guid projectId, Guid applicationId, MoneyMovementRequest request,
            RecordReceipt useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, applicationId, request.Amount, request.On, request.OverrideReason, ct));
        funds.MapGet("/applications/{applicationId:guid}/receipts", (Guid projectId, Guid applicationId, ListReceipts useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, applicationId, ct));
        funds.MapPost("/receipts/{receiptId:guid}/reverse", (Guid projectId, Guid receiptId, ReverseRequest request, ReverseReceipt useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, receiptId, request.Date, ct));

        funds.MapGet("/payments", (Guid projectId, PaymentStatus? status, ListPaymentRequests useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, status, ct));
        funds.MapPost("/payments", (Guid projectId, PaymentRequestInput input, RequestPayment useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, input, ct));
        funds.MapPost("/payments/{requestId:guid}/check", (Guid projectId, Guid requestId, SignRequest request, CheckPayment useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, requestId, request.Version, ct));
        funds.MapPost("/payments/{requestId:guid}/approve", (Guid projectId, Guid requestId, ApprovePaymentRequest request,
            ApprovePayment useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, requestId, request.Amount, request.OverrideReason, request.Version, ct));
        funds.MapPost("/payments/{requestId:guid}/reject", (Guid projectId, Guid requestId, RejectPaymentRequest request,
            RejectPayment useCase, CancellationToken ct) => useCase.ExecuteAsync(projectId, requestId, request.Reason, request.Version, ct));
        funds.MapPost("/payments/from-ticket/{ticketId:guid}", (Guid projectId, Guid ticketId, RequestTicketPayment useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, ticketId, ct));
        funds.MapGet("/payments/{requestId:guid}/paid", (Guid projectId, Guid requestId, ListPayments useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, requestId, ct));
        funds.MapPost("/payments/{requestId:guid}/pay", (Guid projectId, Guid requestId, MoneyMovementRequest request, RecordPayment useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, requestId, request.Amount, request.On, request.OverrideReason, ct));
        funds.MapPost("/paid/{paymentId:guid}/reverse", (Guid projectId, Guid paymentId, ReverseRequest request, ReversePayment useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, paymentId, request.Date, ct));

        funds.MapFundsExports();

        funds.MapGet("/cash-flow", (Guid projectId, GetCashFlow useCase, CancellationToken ct) => useCase.ExecuteAsync(projectId, ct));
        funds.MapGet("/cash-flow.xlsx", async (Guid projectId, GetCashFlow useCase, CancellationToken ct) =>
        {
            var flow = await useCase.ExecuteAsync(projectId, ct);
            return ExcelDownload.File("cash-flow.xlsx", "资金计划 Cash flow",
                [("月份 Month", 12), ("计划收 Planned in", 16), ("计划支 Planned out", 16), ("实收 Actual in", 16), ("实支 Actual out", 16),
                    ("计划累计 Planned cum.", 18), ("实际累计 Actual cum.", 18), ("预测累计 Forecast cum.", 18), ("资金缺口 Gap", 10)],
                flow.Months.Select(m => new object?[]
                {
                    m.Month.ToDateTime(TimeOnly.MinValue), m.PlannedIn, m.PlannedOut, m.ActualIn, m.ActualOut, m.PlannedCumulative,
                    m.ActualCumulative, m.ForecastCumulative, m.FundingGap ? "!" : null,
                }));
        });
        funds.MapGet("/ledger", (Guid projectId, LedgerSide? side, GetLedger useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, side ?? LedgerSide.Payable, ct));
        funds.MapGet("/ledger.xlsx", async (Guid projectId, LedgerSide? side, GetLedger useCase, CancellationToken ct) =>
        {
            var rows = await useCase.ExecuteAsync(projectId, side ?? LedgerSide.Payable, ct);
            return ExcelDownload.File("ledger.xlsx", "台账 Ledger",
                [("单位 Party", 28), ("已批 Approved", 16), ("已结 Settled", 16), ("余额 Outstanding", 16), ("0-30", 14), ("31-60", 14),
                    ("61-90", 14), (">90", 14)],
                rows.Select(r => new object?[]
                {
                    r.Counterparty, r.Approved, r.Settled, r.Outstanding, r.Days0To30, r.Days31To60, r.Days61To90, r.Over90Days,
                }));
        });
    }
}
