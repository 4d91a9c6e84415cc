using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.Costs;

/// <summary>Budget versions, approval and the time-phased budget (the PV curve).</summary>
public sealed class BudgetTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    [Fact]
    public async Task RevisionStartsFromTheApprovedLinesAndSupersedesItOnApproval()
    {
        var project = await MoneyProject.CreateAsync(db);
        var initial = await project.ApprovedBudgetAsync(db, ("1", project.Labour, 100_000m, null, null));

        var revision = await db.Run<CreateBudgetVersion, BudgetVersionSummary>("cost.chen", u => u.ExecuteAsync(project.Id, "第一次调整"));
        await db.Run<SaveBudgetLine, BudgetLineSummary>("cost.chen", u => u.ExecuteAsync(project.Id, revision.Id, null,
            new BudgetLineInput { WbsNodeId = project.Wbs("2"), CostCodeId = project.Materials, Amount = 50_000m }));
        await db.Run<ApproveBudgetVersion, BudgetVersionSummary>("pm.zhang", u => u.ExecuteAsync(project.Id, revision.Id, revision.Version));
        var versions = await db.Run<ListBudgetVersions, IReadOnlyList<BudgetVersionSummary>>("cost.chen", u => u.ExecuteAsync(project.Id));

        Assert.Equal([(2, BudgetKind.Revised, BudgetStatus.Approved, 150_000m), (1, BudgetKind.Initial, BudgetStatus.Superseded, 100_000m)],
            versions.Select(v => (v.Number, v.Kind, v.Status, v.Total)));
        Assert.Equal(initial.Id, versions[1].Id);
    }

    [Fact]
    public async Task ApprovedBudgetIsReadOnly()
    {
        var project = await MoneyProject.CreateAsync(db);
        var approved = await project.ApprovedBudgetAsync(db, ("1", project.Labour, 100_000m, null, null));

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<SaveBudgetLine, BudgetLineSummary>("cost.chen",
            u => u.ExecuteAsync(project.Id, approved.Id, null, new BudgetLineInput { CostCodeId = project.Labour, Amount = 1m })));

        Assert.Equal("status", ex.Errors[0].Field);
    }

    [Fact]
    public async Task OnlyOneDraftAtATime()
    {
        var project = await MoneyProject.CreateAsync(db);
        await db.Run<CreateBudgetVersion, BudgetVersionSummary>("cost.chen", u => u.ExecuteAsync(project.Id, "草稿"));

        await Assert.ThrowsAsync<ValidationFailedException>(() =>
            db.Run<CreateBudgetVersion, BudgetVersionSummary>("cost.chen", u => u.ExecuteAsync(project.Id, "另一个草稿")));
    }

    [Fact]
    public async Task BudgetLineSpreadOutsideTheProjectIsRefused()
    {
        var project = await MoneyProject.CreateAsync(db);
        var draft = await db.Run<CreateBudgetVersion, BudgetVersionSummary>("cost.chen", u => u.ExecuteAsync(project.Id, "草稿"));

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<SaveBudgetLine, BudgetLineSummary>("cost.chen",
            u => u.ExecuteAsync(project.Id, draft.Id, null, new BudgetLineInput
            {
                CostCodeId = project.Labour, Amount = 1m, SpreadStart = new DateOnly(2026, 1, 1), SpreadFinish = new DateOnly(2026, 2, 1),
            })));

        Assert.Equal(["spreadStart", "spreadFinish"], ex.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task PlannedValueSpreadsEachLineEvenlyOverItsDays()
    {
        var project = await MoneyProject.CreateAsync(db);
        // 61 days: all of April (30) and all of May (31).
        await project.ApprovedBudgetAsync(db, ("1", project.Labour, 61_000m, new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 31)),
            ("2", project.Materials, 10_000m, new DateOnly(2026, 5, 15), new DateOnly(2026, 5, 15)));

        var curve = await db.Run<GetPlannedValue, IReadOnlyList<PlannedValueMonth>>("planner.li", u => u.ExecuteAsync(project.Id));

        Assert.Equal([(new DateOnly(2026, 4, 1), 30_000m, 30_000m), (new DateOnly(2026, 5, 1), 41_000m, 71_000m)],
            curve.Select(m => (m.Month, m.Planned, m.Cumulative)));
    }
}
