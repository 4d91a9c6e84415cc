using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.Costs;

/// <summary>The WBS × cost code grid saved in one transaction: all or nothing, each bad cell named, stale saves refused.</summary>
public sealed class BudgetGridTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private static BudgetGridCell Cell(Guid? wbs, Guid code, string? amount) => new() { WbsNodeId = wbs, CostCodeId = code, Amount = amount };

    private async Task<(MoneyProject Project, BudgetVersionSummary Draft)> DraftAsync()
    {
        var project = await MoneyProject.CreateAsync(db);
        var draft = await db.Run<CreateBudgetVersion, BudgetVersionSummary>("cost.chen", u => u.ExecuteAsync(project.Id, "目标成本"));
        return (project, draft);
    }

    private Task<BudgetGridSaved> SaveAsync(string user, MoneyProject project, Guid versionId, int version, params BudgetGridCell[] cells) =>
        db.Run<SaveBudgetGrid, BudgetGridSaved>(user, u => u.ExecuteAsync(project.Id, versionId, new BudgetGridInput { Version = version, Cells = cells }));

    private Task<BudgetGrid> GridAsync(MoneyProject project, Guid versionId) =>
        db.Run<GetBudgetGrid, BudgetGrid>("planner.li", u => u.ExecuteAsync(project.Id, versionId));

    [Fact]
    public async Task GridAddsChangesAndRemovesLinesInOneSaveAndTotalsFollow()
    {
        var (project, draft) = await DraftAsync();
        var first = await SaveAsync("cost.chen", project, draft.Id, draft.Version,
            Cell(project.Wbs("1"), project.Labour, "100000"), Cell(project.Wbs("2"), project.Materials, "¥2,500.50"),
            Cell(null, project.Subcontract, "300"));

        var second = await SaveAsync("pm.zhang", project, draft.Id, first.Budget.Version,
            Cell(project.Wbs("1"), project.Labour, "120000"), Cell(null, project.Subcontract, ""), Cell(project.Wbs("2"), project.Labour, "0"));
        var grid = await GridAsync(project, draft.Id);

        Assert.Equal((3, 0, 0), (first.Added, first.Changed, first.Removed));
        Assert.Equal((0, 1, 1), (second.Added, second.Changed, second.Removed));
        Assert.Equal(122_500.50m, second.Budget.Total);
        Assert.Equal(draft.Version + 2, second.Budget.Version);
        var row1 = grid.Rows.Single(r => r.WbsCode == "1");
        Assert.Equal(120_000m, row1.Total);
        Assert.Equal(120_000m, grid.ColumnTotals[grid.Columns.ToList().FindIndex(c => c.Id == project.Labour)]);
        Assert.Equal(122_500.50m, grid.Total);
    }

    [Fact]
    public async Task OneBadCellRefusesTheWholeGridNamingItsWbsAndCostCodeAndSavesNothing()
    {
        var (project, draft) = await DraftAsync();
        await SaveAsync("cost.chen", project, draft.Id, draft.Version, Cell(project.Wbs("7"), project.Labour, "5000"));
        var saved = await GridAsync(project, draft.Id);

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => SaveAsync("cost.chen", project, draft.Id, saved.Budget.Version,
            Cell(project.Wbs("7"), project.Labour, "9000"), Cell(project.Wbs("10"), project.Materials, "-1"),
            Cell(project.Wbs("20"), project.Subcontract, "12万"), Cell(project.Wbs("30"), project.Labour, "1.005")));
        var after = await GridAsync(project, draft.Id);

        Assert.Equal(["cells[1].amount", "cells[2].amount", "cells[3].amount"], ex.Errors.Select(e => e.Field));
        Assert.StartsWith("10 × 02:", ex.Errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("20 × 04:", ex.Errors[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("30 × 01:", ex.Errors[2].Message, StringComparison.Ordinal);
        Assert.Equal(5_000m, after.Total);
        Assert.Equal(saved.Budget.Version, after.Budget.Version);
    }

    [Fact]
    public async Task StaleGridSaveIsRefusedAndOverwritesNothing()
    {
        var (project, draft) = await DraftAsync();
        await SaveAsync("cost.chen", project, draft.Id, draft.Version, Cell(project.Wbs("1"), project.Labour, "1000"));

        // The PM's tab was opened before the cost controller's save: its other cell must not land either.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SaveAsync("pm.zhang", project, draft.Id, draft.Version,
            Cell(project.Wbs("1"), project.Labour, "2000"), Cell(project.Wbs("2"), project.Materials, "700")));
        var grid = await GridAsync(project, draft.Id);

        Assert.Equal(1_000m, grid.Total);
    }

    [Fact]
    public async Task ApprovedVersionIsReadOnlyInTheGrid()
    {
        var project = await MoneyProject.CreateAsync(db);
        var approved = await project.ApprovedBudgetAsync(db, ("1", project.Labour, 100_000m, null, null));

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => SaveAsync("pm.zhang", project, approved.Id, approved.Version,
            Cell(project.Wbs("1"), project.Labour, "1")));

        Assert.Equal("status", ex.Errors[0].Field);
        Assert.Equal(100_000m, (await GridAsync(project, approved.Id)).Total);
    }

    [Fact]
    public async Task CellHoldingSeveralLinesIsNamedRatherThanSplitByGuess()
    {
        var (project, draft) = await DraftAsync();
        foreach (var amount in new[] { 100m, 200m })
        {
            await db.Run<SaveBudgetLine, BudgetLineSummary>("cost.chen", u => u.ExecuteAsync(project.Id, draft.Id, null,
                new BudgetLineInput { WbsNodeId = project.Wbs("40"), ActivityId = project.ActivityId, CostCodeId = project.Labour, Amount = amount }));
        }

        var grid = await GridAsync(project, draft.Id);
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => SaveAsync("cost.chen", project, draft.Id, grid.Budget.Version,
            Cell(project.Wbs("40"), project.Labour, "500")));

        Assert.Equal("cells[0].amount", ex.Errors.Single().Field);
        Assert.StartsWith("40 × 01:", ex.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(300m, (await GridAsync(project, draft.Id)).Total);
    }

    [Theory]
    [InlineData("planner.li")]
    [InlineData("site.wang")]
    [InlineData("sub.sun")]
    public async Task OnlyCostControllersAndProjectManagersEditTheGrid(string user)
    {
        var (project, draft) = await DraftAsync();

        await Assert.ThrowsAsync<ForbiddenException>(() => SaveAsync(user, project, draft.Id, draft.Version,
            Cell(project.Wbs("1"), project.Labour, "1")));

        Assert.Equal(0m, (await GridAsync(project, draft.Id)).Total);
    }

    [Fact]
    public async Task ApprovedGridShowsOnlyRowsAndColumnsHoldingMoney()
    {
        var project = await MoneyProject.CreateAsync(db);
        var approved = await project.ApprovedBudgetAsync(db, ("1", project.Labour, 100m, null, null), ("2", project.Materials, 50m, null, null),
            (null, project.Materials, 25m, null, null));

        var grid = await GridAsync(project, approved.Id);

        Assert.Equal(["01", "02"], grid.Columns.Select(c => c.Code));
        Assert.Equal([("1", 100m), ("2", 50m), ("", 25m)], grid.Rows.Select(r => (r.WbsCode, r.Total)));
        Assert.Equal([100m, 75m], grid.ColumnTotals);
        Assert.Equal(175m, grid.Total);
    }
}
