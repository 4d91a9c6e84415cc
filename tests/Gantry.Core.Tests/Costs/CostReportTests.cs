using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.Costs;

/// <summary>Budget, committed, actual, forecast, variance and margin, as the cost controller reads them.</summary>
public sealed class CostReportTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private static CostRecordInput Actual(MoneyProject project, Guid code, decimal amount, string? wbs = "10", string date = "2026-05-10") => new()
    {
        Kind = CostRecordKind.Actual, Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), WbsNodeId = wbs is null ? null : project.Wbs(wbs),
        CostCodeId = code, Description = "人工费", Amount = amount,
    };

    [Fact]
    public async Task NewProjectGetsTheSixDefaultCostCodes()
    {
        var project = await MoneyProject.CreateAsync(db);

        var codes = await db.Run<ListCostCodes, IReadOnlyList<CostCodeSummary>>("cost.chen", u => u.ExecuteAsync(project.Id));

        Assert.Equal(["01", "02", "03", "04", "05", "06"], codes.Select(c => c.Code));
        Assert.Equal(Enum.GetValues<CostCategory>(), codes.Select(c => c.Category));
    }

    [Fact]
    public async Task ChildCostCodeTakesItsParentsCategory()
    {
        var project = await MoneyProject.CreateAsync(db);

        var rebar = await db.Run<SaveCostCode, CostCodeSummary>("cost.chen", u => u.ExecuteAsync(project.Id, null,
            new CostCodeInput { ParentId = project.Materials, Code = "02.01", Name = "钢筋", Category = CostCategory.Other }));

        Assert.Equal(CostCategory.Materials, rebar.Category);
    }

    [Fact]
    public async Task ReportAddsBudgetCommittedActualAndForecastPerWbsAndCostCode()
    {
        var project = await MoneyProject.CreateAsync(db);
        await project.ApprovedBudgetAsync(db, ("10", project.Subcontract, 1_000_000m, null, null), ("10", project.Labour, 200_000m, null, null));
        // 1,090,000 including 9 % VAT is 1,000,000 net; a +109,000 variation is +100,000 net.
        var contract = await project.SignedContractAsync(db, "FB-01", ContractKind.Subcontract, project.MepId, 1_090_000m, wbs: "10");
        var variation = await db.Run<AddVariation, VariationSummary>("cost.chen", u => u.ExecuteAsync(project.Id, contract.Id,
            new VariationInput { Code = "BG-01", Kind = VariationKind.Change, Description = "增加管线", Date = new(2026, 5, 1), Amount = 109_000m }));
        await db.Run<DecideVariation, VariationSummary>("pm.zhang", u => u.ExecuteAsync(project.Id, variation.Id, true, variation.Version));
        await db.Run<RecordCost, CostRecordSummary>("cost.chen", u => u.ExecuteAsync(project.Id, Actual(project, project.Labour, 150_000m)));
        await db.Run<RecordCost, CostRecordSummary>("cost.chen", u => u.ExecuteAsync(project.Id,
            Actual(project, project.Subcontract, 545_000m) with { ContractId = contract.Id, VatRate = 0.09m }));

        var report = await db.Run<GetCostReport, CostReport>("cost.chen", u => u.ExecuteAsync(project.Id));

        var sub = Assert.Single(report.Rows, r => r.CostCodeId == project.Subcontract);
        Assert.Equal((1_000_000m, 1_100_000m, 500_000m, 1_100_000m, -100_000m), (sub.Budget, sub.Committed, sub.Actual, sub.Forecast, sub.Variance));
        Assert.True(sub.Overrun);
        var labour = Assert.Single(report.Rows, r => r.CostCodeId == project.Labour);
        Assert.Equal((200_000m, 150_000m, 150_000m, 200_000m, 0m), (labour.Budget, labour.Committed, labour.Actual, labour.Forecast, labour.Variance));
        Assert.False(labour.Overrun);
        Assert.Equal(1_300_000m, report.Total.Forecast);
    }

    [Fact]
    public async Task MarginIsIncomeLessForecastPerWbs()
    {
        var project = await MoneyProject.CreateAsync(db);
        await project.ApprovedBudgetAsync(db, ("20", project.Materials, 800_000m, null, null));
        await project.SignedContractAsync(db, "ZB-01", ContractKind.Owner, project.OwnerId, 1_090_000m, wbs: "20");

        var report = await db.Run<GetCostReport, CostReport>("pm.zhang", u => u.ExecuteAsync(project.Id, CostReportGrouping.Wbs));

        var row = Assert.Single(report.Rows);
        Assert.Equal((project.Wbs("20"), 1_000_000m, 200_000m), (row.WbsNodeId!.Value, row.Income!.Value, row.Margin!.Value));
    }

    [Fact]
    public async Task AWbsNodeWithoutIncomeOfItsOwnShowsNoMarginWhileTheProjectTotalDoes()
    {
        var project = await MoneyProject.CreateAsync(db);
        await project.ApprovedBudgetAsync(db, ("20", project.Materials, 800_000m, null, null));
        await project.SignedContractAsync(db, "ZB-01", ContractKind.Owner, project.OwnerId, 1_090_000m);

        var report = await db.Run<GetCostReport, CostReport>("pm.zhang", u => u.ExecuteAsync(project.Id, CostReportGrouping.Wbs));

        var phase = report.Rows.Single(r => r.WbsNodeId == project.Wbs("20"));
        Assert.Equal((null, null), (phase.Income, phase.Margin));
        Assert.Equal(200_000m, report.Total.Margin);
    }

    [Fact]
    public async Task OverrunWarningFollowsTheProjectsRate()
    {
        var project = await MoneyProject.CreateAsync(db);
        await project.ApprovedBudgetAsync(db, (null, project.Labour, 100_000m, null, null));
        await db.Run<RecordCost, CostRecordSummary>("cost.chen", u => u.ExecuteAsync(project.Id, Actual(project, project.Labour, 104_000m, wbs: null)));

        var within = await db.Run<GetCostReport, CostReport>("cost.chen", u => u.ExecuteAsync(project.Id, CostReportGrouping.Project));
        await db.Run<ChangeMoneySettings, MoneySettingsInput>("cost.chen", u => u.ExecuteAsync(project.Id,
            new MoneySettingsInput { OverrunWarningRate = 0.02m }));
        var beyond = await db.Run<GetCostReport, CostReport>("cost.chen", u => u.ExecuteAsync(project.Id, CostReportGrouping.Project));

        Assert.False(within.Total.Overrun);
        Assert.True(beyond.Total.Overrun);
    }

    [Fact]
    public async Task DrillDownListsTheRecordsBehindAFigure()
    {
        var project = await MoneyProject.CreateAsync(db);
        await db.Run<RecordCost, CostRecordSummary>("cost.chen", u => u.ExecuteAsync(project.Id, Actual(project, project.Labour, 1_000m, wbs: "30")));
        await db.Run<RecordCost, CostRecordSummary>("cost.chen", u => u.ExecuteAsync(project.Id, Actual(project, project.Labour, 2_000m, wbs: "31")));
        await db.Run<RecordCost, CostRecordSummary>("cost.chen", u => u.ExecuteAsync(project.Id, Actual(project, project.Materials, 3_000m, wbs: "30")));

        var behind = await db.Run<ListCostRecords, IReadOnlyList<CostRecordSummary>>("cost.chen", u => u.ExecuteAsync(project.Id,
            new CostRecordQuery { WbsNodeId = project.Wbs("30"), Category = CostCategory.Labour, Kind = CostRecordKind.Actual }));

        Assert.Equal([1_000m], behind.Select(r => r.Amount));
    }

    [Fact]
    public async Task ReversalAddsANegatedRecordAndKeepsTheOriginal()
    {
        var project = await MoneyProject.CreateAsync(db);
        var record = await db.Run<RecordCost, CostRecordSummary>("cost.chen", u => u.ExecuteAsync(project.Id, Actual(project, project.Labour, 5_000m)));

        var reversal = await db.Run<ReverseCostRecord, CostRecordSummary>("cost.chen", u => u.ExecuteAsync(project.Id, record.Id, new DateOnly(2026, 6, 1)));
        var report = await db.Run<GetCostReport, CostReport>("cost.chen", u => u.ExecuteAsync(project.Id, CostReportGrouping.Project));

        Assert.Equal((-5_000m, record.Id), (reversal.Amount, reversal.ReversesId!.Value));
        Assert.Equal(0m, report.Total.Actual);
        var again = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<ReverseCostRecord, CostRecordSummary>("cost.chen",
            u => u.ExecuteAsync(project.Id, record.Id, new DateOnly(2026, 6, 1))));
        Assert.Equal("id", again.Errors[0].Field);
    }

    [Theory]
    [InlineData(-1, "2026-05-10", "amount")]
    [InlineData(100.001, "2026-05-10", "amount")]
    [InlineData(100, "2025-12-31", "date")]
    [InlineData(100, "2027-07-01", "date")]
    public async Task BadCostRecordIsRefusedNamingTheField(double amount, string date, string field)
    {
        var project = await MoneyProject.CreateAsync(db);

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<RecordCost, CostRecordSummary>("cost.chen",
            u => u.ExecuteAsync(project.Id, Actual(project, project.Labour, (decimal)amount, date: date))));

        Assert.Equal([field], ex.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task ClosedMonthRefusesNewCostsButTheNextMonthTakesThem()
    {
        var project = await MoneyProject.CreateAsync(db);
        await db.Run<CloseMonth, IReadOnlyList<DateOnly>>("cost.chen", u => u.ExecuteAsync(project.Id, new DateOnly(2026, 5, 17)));

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<RecordCost, CostRecordSummary>("cost.chen",
            u => u.ExecuteAsync(project.Id, Actual(project, project.Labour, 100m, date: "2026-05-31"))));
        var june = await db.Run<RecordCost, CostRecordSummary>("cost.chen", u => u.ExecuteAsync(project.Id, Actual(project, project.Labour, 100m, date: "2026-06-01")));

        Assert.Equal("date", ex.Errors[0].Field);
        Assert.Contains("2026-05", ex.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(100m, june.Amount);
    }

    [Fact]
    public async Task ImportRejectsTheWholeFileAndNamesTheBadRow()
    {
        using var culture = new Culture("en");
        var project = await MoneyProject.CreateAsync(db);
        CostRecordInput[] rows = [Actual(project, project.Labour, 10m), Actual(project, project.Labour, -3m)];

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<ImportCostRecords, int>("cost.chen",
            u => u.ExecuteAsync(project.Id, rows)));
        var imported = await db.Run<ImportCostRecords, int>("cost.chen", u => u.ExecuteAsync(project.Id, [rows[0], rows[0]]));

        Assert.Equal(["rows[1].amount"], ex.Errors.Select(e => e.Field));
        Assert.StartsWith("Row 2", ex.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(2, imported);
    }
}
