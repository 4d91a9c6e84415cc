using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Funds;
using Gantry.Core.Tests.Costs;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.Funds;

/// <summary>Receipts, payments with approval steps, the over-payment rules, cash flow and ledgers.</summary>
public sealed class FundsTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private static async Task<PaymentRequestSummary> ApprovedRequestAsync(CoreDatabase db, MoneyProject project, PaymentRequestInput input,
        decimal? approve = null, string? overrideReason = null)
    {
        var request = await db.Run<RequestPayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id, input));
        request = await db.Run<CheckPayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id, request.Id, request.Version));
        return await db.Run<ApprovePayment, PaymentRequestSummary>("pm.zhang",
            u => u.ExecuteAsync(project.Id, request.Id, approve, overrideReason, request.Version));
    }

    [Fact]
    public async Task ApprovalStepsRecordWhoCheckedAndWhoApproved()
    {
        var project = await MoneyProject.CreateAsync(db);
        var contract = await project.SignedContractAsync(db, "FB-01", ContractKind.Subcontract, project.MepId, 1_000_000m);

        var request = await ApprovedRequestAsync(db, project, new PaymentRequestInput
        {
            PayeeId = project.MepId, ContractId = contract.Id, Description = "5月进度款", Amount = 300_000m,
        });
        var ids = await db.Query(d => Task.FromResult(d.Users.Where(u => u.UserName == "cost.chen" || u.UserName == "pm.zhang")
            .ToDictionary(u => u.UserName, u => u.Id)));

        Assert.Equal((PaymentStatus.Approved, 300_000m), (request.Status, request.ApprovedAmount));
        Assert.Equal((ids["cost.chen"], ids["cost.chen"], ids["pm.zhang"]), (request.RequestedBy, request.CheckedBy!.Value, request.ApprovedBy!.Value));
    }

    [Fact]
    public async Task ApprovalAboveWhatTheContractAllowsNeedsARecordedReason()
    {
        var project = await MoneyProject.CreateAsync(db);
        // 1,000,000 less 5 % retention allows 950,000 in all.
        var contract = await project.SignedContractAsync(db, "FB-01", ContractKind.Subcontract, project.MepId, 1_000_000m);
        var input = new PaymentRequestInput { PayeeId = project.MepId, ContractId = contract.Id, Description = "进度款", Amount = 960_000m };

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => ApprovedRequestAsync(db, project, input));
        var overridden = await ApprovedRequestAsync(db, project, input, overrideReason: "业主同意提前释放质保金");

        Assert.Equal("amount", ex.Errors[0].Field);
        Assert.Equal("业主同意提前释放质保金", overridden.OverrideReason);
    }

    [Fact]
    public async Task PaymentAboveTheApprovedAmountIsRefusedWithoutAReason()
    {
        var project = await MoneyProject.CreateAsync(db);
        var request = await ApprovedRequestAsync(db, project, new PaymentRequestInput
        {
            PayeeId = project.SupplierId, CostCodeId = project.Materials, WbsNodeId = project.Wbs("7"), Description = "零星材料", Amount = 10_000m,
        });

        await db.Run<RecordPayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id, request.Id, 6_000m, new DateOnly(2026, 5, 20), null));
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<RecordPayment, PaymentRequestSummary>("cost.chen",
            u => u.ExecuteAsync(project.Id, request.Id, 5_000m, new DateOnly(2026, 5, 21), null)));
        var report = await db.Run<GetCostReport, CostReport>("cost.chen", u => u.ExecuteAsync(project.Id, CostReportGrouping.Project));

        Assert.Equal("amount", ex.Errors[0].Field);
        Assert.Equal(6_000m, report.Total.Actual);
    }

    [Fact]
    public async Task PaymentIsReversedNeverDeleted()
    {
        var project = await MoneyProject.CreateAsync(db);
        var request = await ApprovedRequestAsync(db, project, new PaymentRequestInput
        {
            PayeeId = project.SupplierId, CostCodeId = project.Materials, Description = "零星材料", Amount = 10_000m,
        });
        await db.Run<RecordPayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id, request.Id, 10_000m, new DateOnly(2026, 5, 20), null));
        var paymentId = await db.Query(d => Task.FromResult(d.Payments.Single(p => p.RequestId == request.Id).Id));

        var after = await db.Run<ReversePayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id, paymentId, new DateOnly(2026, 6, 2)));
        var payments = await db.Query(d => Task.FromResult(d.Payments.Where(p => p.RequestId == request.Id).Select(p => p.Amount).ToList()));

        Assert.Equal(0m, after.Paid);
        Assert.Equal([-10_000m, 10_000m], payments.Order());
    }

    [Fact]
    public async Task ReceiptsAreLimitedToTheNetDueOfTheApprovedApplication()
    {
        var project = await MoneyProject.CreateAsync(db);
        var owner = await project.SignedContractAsync(db, "ZB", ContractKind.Owner, project.OwnerId, 10_000_000m);
        var application = await db.Run<SubmitApplication, ApplicationSummary>("cost.chen", u => u.ExecuteAsync(project.Id,
            new ApplicationInput { ContractId = owner.Id, PeriodEnd = new DateOnly(2026, 4, 25), MeasuredAmount = 1_200_000m }));

        var tooMuch = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<ApproveApplication, ApplicationSummary>("cost.chen",
            u => u.ExecuteAsync(project.Id, application.Id, new ApplicationInput { ApprovedAmount = 1_300_000m, ApprovedOn = new DateOnly(2026, 5, 10), Version = application.Version })));
        application = await db.Run<ApproveApplication, ApplicationSummary>("cost.chen", u => u.ExecuteAsync(project.Id, application.Id,
            new ApplicationInput { ApprovedAmount = 1_000_000m, AdvanceRecovery = 100_000m, ApprovedOn = new DateOnly(2026, 5, 10), InvoiceNumber = "No.0012345", InvoiceAmount = 1_000_000m, Version = application.Version }));
        application = await db.Run<RecordReceipt, ApplicationSummary>("cost.chen", u => u.ExecuteAsync(project.Id, application.Id, 850_000m, new DateOnly(2026, 6, 8), null));
        var over = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<RecordReceipt, ApplicationSummary>("cost.chen",
            u => u.ExecuteAsync(project.Id, application.Id, 1m, new DateOnly(2026, 6, 9), null)));

        Assert.Equal("approvedAmount", tooMuch.Errors[0].Field);
        Assert.Equal((50_000m, 850_000m, 850_000m), (application.RetentionDeduction, application.NetDue, application.Received));
        Assert.Equal("amount", over.Errors[0].Field);
    }

    [Fact]
    public async Task CashFlowComparesPlannedWithActualAndWarnsOfAFundingGap()
    {
        var project = await MoneyProject.CreateAsync(db);
        // 61,000 over April (30 days) and May (31 days); the owner contract is worth twice the budget.
        await project.ApprovedBudgetAsync(db, ("1", project.Materials, 61_000m, new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 31)));
        await project.SignedContractAsync(db, "ZB", ContractKind.Owner, project.OwnerId, 122_000m);
        var request = await ApprovedRequestAsync(db, project, new PaymentRequestInput
        {
            PayeeId = project.SupplierId, CostCodeId = project.Materials, Description = "钢材", Amount = 120_000m,
        });
        await db.Run<RecordPayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id, request.Id, 120_000m, new DateOnly(2026, 5, 15), null));

        var flow = await db.Run<GetCashFlow, CashFlow>("pm.zhang", u => u.ExecuteAsync(project.Id));

        // April's work is paid out and (at 80 %) paid in a month later, in May; May's in June.
        var may = Assert.Single(flow.Months, m => m.Month == new DateOnly(2026, 5, 1));
        Assert.Equal((48_000m, 30_000m, 0m, 120_000m, -120_000m), (may.PlannedIn, may.PlannedOut, may.ActualIn, may.ActualOut, may.ActualCumulative));
        var june = Assert.Single(flow.Months, m => m.Month == new DateOnly(2026, 6, 1));
        Assert.Equal((49_600m, 31_000m, 36_600m), (june.PlannedIn, june.PlannedOut, june.PlannedCumulative));
        Assert.True(may.FundingGap);
        Assert.Equal(new DateOnly(2026, 5, 1), flow.FirstGap);
    }

    [Fact]
    public async Task PayableLedgerAgesWhatIsStillOwed()
    {
        var project = await MoneyProject.CreateAsync(db);
        await ApprovedRequestAsync(db, project, new PaymentRequestInput
        {
            PayeeId = project.SupplierId, CostCodeId = project.Materials, Description = "水泥", Amount = 8_000m,
        });
        db.Clock.Advance(TimeSpan.FromDays(45));

        var ledger = await db.Run<GetLedger, IReadOnlyList<LedgerRow>>("cost.chen", u => u.ExecuteAsync(project.Id, LedgerSide.Payable));
        var supplierView = await db.Run<GetLedger, IReadOnlyList<LedgerRow>>("supplier.wu", u => u.ExecuteAsync(project.Id, LedgerSide.Payable));

        var row = Assert.Single(ledger);
        Assert.Equal((8_000m, 0m, 8_000m, 0m), (row.Outstanding, row.Days0To30, row.Days31To60, row.Over90Days));
        Assert.Equal([project.SupplierId], supplierView.Select(r => r.CounterpartyId));
    }

    [Fact]
    public async Task SubcontractorSeesOnlyItsOwnPayments()
    {
        var project = await MoneyProject.CreateAsync(db);
        var mep = await project.SignedContractAsync(db, "FB-JD", ContractKind.Subcontract, project.MepId, 500_000m);
        var facade = await project.SignedContractAsync(db, "FB-MQ", ContractKind.Subcontract, project.FacadeId, 500_000m);
        await db.Run<RequestPayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id,
            new PaymentRequestInput { PayeeId = project.MepId, ContractId = mep.Id, Description = "机电进度款", Amount = 1_000m }));
        await db.Run<RequestPayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id,
            new PaymentRequestInput { PayeeId = project.FacadeId, ContractId = facade.Id, Description = "幕墙进度款", Amount = 2_000m }));

        var seen = await db.Run<ListPaymentRequests, IReadOnlyList<PaymentRequestSummary>>("sub.zhou", u => u.ExecuteAsync(project.Id, null));

        Assert.Equal(["幕墙进度款"], seen.Select(p => p.Description));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<GetCashFlow, CashFlow>("sub.zhou", u => u.ExecuteAsync(project.Id)));
    }

    [Theory]
    [InlineData("cost.chen")]
    [InlineData("site.wang")]
    [InlineData("supplier.wu")]
    public async Task OnlyTheProjectManagerApprovesPayments(string userName)
    {
        var project = await MoneyProject.CreateAsync(db);
        var request = await db.Run<RequestPayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id,
            new PaymentRequestInput { PayeeId = project.SupplierId, CostCodeId = project.Materials, Description = "水泥", Amount = 1_000m }));
        request = await db.Run<CheckPayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id, request.Id, request.Version));

        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<ApprovePayment, PaymentRequestSummary>(userName,
            u => u.ExecuteAsync(project.Id, request.Id, null, null, request.Version)));
    }

    [Fact]
    public async Task PaymentInAClosedMonthIsRefused()
    {
        var project = await MoneyProject.CreateAsync(db);
        var request = await ApprovedRequestAsync(db, project, new PaymentRequestInput
        {
            PayeeId = project.SupplierId, CostCodeId = project.Materials, Description = "水泥", Amount = 1_000m,
        });
        await db.Run<CloseMonth, IReadOnlyList<DateOnly>>("pm.zhang", u => u.ExecuteAsync(project.Id, new DateOnly(2026, 5, 1)));

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<RecordPayment, PaymentRequestSummary>("cost.chen",
            u => u.ExecuteAsync(project.Id, request.Id, 1_000m, new DateOnly(2026, 5, 31), null)));

        Assert.Equal("paidOn", ex.Errors[0].Field);
    }
}
