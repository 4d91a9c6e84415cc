using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.DayLabour;
using Gantry.Core.Funds;
using Gantry.Core.Members;
using Gantry.Core.Tests.Costs;
using Gantry.Core.Tests.DayLabour;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.Funds;

/// <summary>Rejecting a payment request at either step, reversing a receipt, and paying a day-labour ticket's wages.</summary>
public sealed class PaymentDecisionTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private static Task<PaymentRequestSummary> RequestAsync(CoreDatabase db, MoneyProject project, decimal amount = 1_000m) =>
        db.Run<RequestPayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id,
            new PaymentRequestInput { PayeeId = project.SupplierId, CostCodeId = project.Materials, Description = "水泥", Amount = amount }));

    [Fact]
    public async Task CostControllerRejectsAtTheCheckWithAReasonThatStaysOnTheRequest()
    {
        var project = await MoneyProject.CreateAsync(db);
        var request = await RequestAsync(db, project);

        var noReason = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<RejectPayment, PaymentRequestSummary>("cost.chen",
            u => u.ExecuteAsync(project.Id, request.Id, "  ", request.Version)));
        var rejected = await db.Run<RejectPayment, PaymentRequestSummary>("cost.chen",
            u => u.ExecuteAsync(project.Id, request.Id, "发票抬头错误", request.Version));
        var chen = await db.Query(d => Task.FromResult(d.Users.Single(u => u.UserName == "cost.chen").Id));

        Assert.Equal("reason", noReason.Errors[0].Field);
        Assert.Equal((PaymentStatus.Rejected, "发票抬头错误", chen), (rejected.Status, rejected.RejectionReason, rejected.RejectedBy!.Value));
        Assert.NotNull(rejected.RejectedAt);
        Assert.Null(rejected.ApprovedBy);
    }

    [Fact]
    public async Task OnlyTheApproverRejectsACheckedRequest()
    {
        var project = await MoneyProject.CreateAsync(db);
        var request = await RequestAsync(db, project);
        request = await db.Run<CheckPayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id, request.Id, request.Version));

        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<RejectPayment, PaymentRequestSummary>("cost.chen",
            u => u.ExecuteAsync(project.Id, request.Id, "超出进度", request.Version)));
        var rejected = await db.Run<RejectPayment, PaymentRequestSummary>("pm.zhang",
            u => u.ExecuteAsync(project.Id, request.Id, "超出进度", request.Version));
        var again = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<ApprovePayment, PaymentRequestSummary>("pm.zhang",
            u => u.ExecuteAsync(project.Id, request.Id, null, null, rejected.Version)));

        Assert.Equal(PaymentStatus.Rejected, rejected.Status);
        Assert.Equal("status", again.Errors[0].Field);
    }

    [Theory]
    [InlineData("supplier.wu")]
    [InlineData("site.wang")]
    public async Task NeitherTheSupplierNorTheSiteEngineerRejects(string userName)
    {
        var project = await MoneyProject.CreateAsync(db);
        var request = await RequestAsync(db, project);

        var refused = await Record.ExceptionAsync(() => db.Run<RejectPayment, PaymentRequestSummary>(userName,
            u => u.ExecuteAsync(project.Id, request.Id, "不付", request.Version)));

        Assert.True(refused is ForbiddenException or NotFoundException, $"{userName} was not refused: {refused}");
    }

    [Fact]
    public async Task PayeeNeverRejectsItsOwnRequestEvenWithACostControllersRole()
    {
        var project = await MoneyProject.CreateAsync(db);
        var membership = await db.Query(d => Task.FromResult(d.Memberships.Single(m => m.ProjectId == project.Id
            && d.Users.Any(u => u.Id == m.UserId && u.UserName == "sub.sun"))));
        await db.Run<ChangeMember, MemberSummary>("pm.zhang", u => u.ExecuteAsync(project.Id, membership.Id,
            new MemberInput { Role = ProjectRole.CostController, Version = membership.Version }));
        var request = await db.Run<RequestPayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id,
            new PaymentRequestInput { PayeeId = project.MepId, CostCodeId = project.Subcontract, Description = "机电零星", Amount = 5_000m }));

        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<RejectPayment, PaymentRequestSummary>("sub.sun",
            u => u.ExecuteAsync(project.Id, request.Id, "自己驳回", request.Version)));
    }

    [Fact]
    public async Task ReceiptIsReversedByANegatedReceiptAndTheOriginalStays()
    {
        var project = await MoneyProject.CreateAsync(db);
        var owner = await project.SignedContractAsync(db, "ZB", ContractKind.Owner, project.OwnerId, 10_000_000m);
        var application = await db.Run<SubmitApplication, ApplicationSummary>("cost.chen", u => u.ExecuteAsync(project.Id,
            new ApplicationInput { ContractId = owner.Id, PeriodEnd = new DateOnly(2026, 4, 25), MeasuredAmount = 1_000_000m }));
        application = await db.Run<ApproveApplication, ApplicationSummary>("cost.chen", u => u.ExecuteAsync(project.Id, application.Id,
            new ApplicationInput { ApprovedAmount = 1_000_000m, ApprovedOn = new DateOnly(2026, 5, 10), Version = application.Version }));
        await db.Run<RecordReceipt, ApplicationSummary>("cost.chen", u => u.ExecuteAsync(project.Id, application.Id, 500_000m, new DateOnly(2026, 6, 8), null));
        var receipt = Assert.Single(await db.Run<ListReceipts, IReadOnlyList<ReceiptSummary>>("cost.chen", u => u.ExecuteAsync(project.Id, application.Id)));

        var after = await db.Run<ReverseReceipt, ApplicationSummary>("cost.chen", u => u.ExecuteAsync(project.Id, receipt.Id, new DateOnly(2026, 6, 9)));
        var twice = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<ReverseReceipt, ApplicationSummary>("cost.chen",
            u => u.ExecuteAsync(project.Id, receipt.Id, new DateOnly(2026, 6, 9))));
        var receipts = await db.Run<ListReceipts, IReadOnlyList<ReceiptSummary>>("cost.chen", u => u.ExecuteAsync(project.Id, application.Id));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<ReverseReceipt, ApplicationSummary>("site.wang",
            u => u.ExecuteAsync(project.Id, receipt.Id, new DateOnly(2026, 6, 9))));

        Assert.Equal(0m, after.Received);
        Assert.Equal("id", twice.Errors[0].Field);
        Assert.Equal([(500_000m, (Guid?)null, true), (-500_000m, receipt.Id, false)], receipts.Select(r => (r.Amount, r.ReversesId, r.IsReversed)));
    }

    [Fact]
    public async Task TicketWagesArePaidToTheCrewOnceAndReachTheMonthsCashOutWithoutASecondCost()
    {
        var project = await MoneyProject.CreateAsync(db);
        var ticket = await DayLabourFlow.ApprovedAsync(db, project, DayLabourFlow.Ticket(project));
        var actualBefore = (await db.Run<GetCostReport, CostReport>("pm.zhang", u => u.ExecuteAsync(project.Id, CostReportGrouping.Project))).Total.Actual;

        var request = await db.Run<RequestTicketPayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id, ticket.Id));
        var duplicate = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<RequestTicketPayment, PaymentRequestSummary>("cost.chen",
            u => u.ExecuteAsync(project.Id, ticket.Id)));
        request = await db.Run<CheckPayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id, request.Id, request.Version));
        request = await db.Run<ApprovePayment, PaymentRequestSummary>("pm.zhang", u => u.ExecuteAsync(project.Id, request.Id, null, null, request.Version));
        request = await db.Run<RecordPayment, PaymentRequestSummary>("pm.zhang", u => u.ExecuteAsync(project.Id, request.Id, 600m, new DateOnly(2026, 5, 20), null));
        var flow = await db.Run<GetCashFlow, CashFlow>("pm.zhang", u => u.ExecuteAsync(project.Id));
        var actualAfter = (await db.Run<GetCostReport, CostReport>("pm.zhang", u => u.ExecuteAsync(project.Id, CostReportGrouping.Project))).Total.Actual;
        var paid = await db.Run<ListPayments, IReadOnlyList<PaymentSummary>>("pm.zhang", u => u.ExecuteAsync(project.Id, request.Id));

        Assert.Equal((project.MepId, 600m, ticket.Id), (request.PayeeId, request.ApprovedAmount, request.TicketId!.Value));
        Assert.Equal("ticketId", duplicate.Errors[0].Field);
        Assert.Equal(600m, Assert.Single(flow.Months, m => m.Month == new DateOnly(2026, 5, 1)).ActualOut);
        Assert.Equal(actualBefore, actualAfter);
        Assert.Equal([600m], paid.Select(p => p.Amount));
    }

    [Fact]
    public async Task ADraftTicketCannotBePaidAndASubcontractorCannotRequestIt()
    {
        var project = await MoneyProject.CreateAsync(db);
        var draft = await DayLabourFlow.WriteAsync(db, project, DayLabourFlow.Ticket(project));

        var notApproved = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<RequestTicketPayment, PaymentRequestSummary>("cost.chen",
            u => u.ExecuteAsync(project.Id, draft.Id)));
        var denied = await Record.ExceptionAsync(() => db.Run<RequestTicketPayment, PaymentRequestSummary>("sub.sun",
            u => u.ExecuteAsync(project.Id, draft.Id)));

        Assert.Equal("ticketId", notApproved.Errors[0].Field);
        Assert.IsType<ForbiddenException>(denied);
    }

    [Fact]
    public async Task PayeeSeesThePaymentsOnItsOwnRequestOnly()
    {
        var project = await MoneyProject.CreateAsync(db);
        var request = await RequestAsync(db, project);

        var supplierView = await db.Run<ListPayments, IReadOnlyList<PaymentSummary>>("supplier.wu", u => u.ExecuteAsync(project.Id, request.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => db.Run<ListPayments, IReadOnlyList<PaymentSummary>>("sub.zhou",
            u => u.ExecuteAsync(project.Id, request.Id)));

        Assert.Empty(supplierView);
    }
}
