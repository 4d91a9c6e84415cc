using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Interchange.Excel;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.Costs;

/// <summary>A budget grid read back from Excel in the layout of its download: all or nothing, errors by row and column.</summary>
public sealed class BudgetGridImportTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private static MemoryStream Workbook(params object?[][] rows)
    {
        var stream = new MemoryStream();
        XlsxWriter.Write(stream, [new XlsxSheet
        {
            Name = "目标成本 Budget",
            Columns = new[] { "WBS", "WBS名称 WBS name", "01 人工费", "02 材料费", BudgetGridLayout.TotalLabel }.Select(h => new XlsxColumn(h, 12)).ToList(),
            Rows = rows,
        }]);
        stream.Position = 0;
        return stream;
    }

    private async Task<(MoneyProject Project, BudgetVersionSummary Draft)> DraftAsync()
    {
        var project = await MoneyProject.CreateAsync(db);
        var draft = await db.Run<CreateBudgetVersion, BudgetVersionSummary>("cost.chen", u => u.ExecuteAsync(project.Id, "目标成本"));
        return (project, draft);
    }

    [Fact]
    public async Task DownloadedLayoutImportsEveryCellAndSkipsTheTotals()
    {
        var (project, draft) = await DraftAsync();

        var saved = await db.Run<ImportBudgetGrid, BudgetGridSaved>("cost.chen", u => u.ExecuteAsync(project.Id, draft.Id, "grid.xlsx", Workbook(
            ["1", "WBS 1", 100m, null, 100m],
            [BudgetGridLayout.NoWbsCode, BudgetGridLayout.NoWbsName, null, "2,500.50", 2_500.50m],
            [BudgetGridLayout.TotalLabel, null, 100m, 2_500.50m, 2_600.50m])));
        var grid = await db.Run<GetBudgetGrid, BudgetGrid>("cost.chen", u => u.ExecuteAsync(project.Id, draft.Id));

        Assert.Equal(2, saved.Added);
        Assert.Equal(100m, grid.Rows.Single(r => r.WbsCode == "1").Total);
        Assert.Equal(2_500.50m, grid.Rows.Single(r => r.WbsNodeId is null).Total);
        Assert.Equal(2_600.50m, grid.Total);
    }

    [Fact]
    public async Task BadCellIsNamedByExcelRowAndColumnAndNothingIsImported()
    {
        var (project, draft) = await DraftAsync();

        var negative = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<ImportBudgetGrid, BudgetGridSaved>("cost.chen",
            u => u.ExecuteAsync(project.Id, draft.Id, "grid.xlsx", Workbook(["1", "WBS 1", 100m, null, 100m], ["2", "WBS 2", null, -5m, -5m]))));
        var unknown = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<ImportBudgetGrid, BudgetGridSaved>("cost.chen",
            u => u.ExecuteAsync(project.Id, draft.Id, "grid.xlsx", Workbook(["1", "WBS 1", 100m, null, 100m], ["99", "?", 1m, null, 1m]))));
        var grid = await db.Run<GetBudgetGrid, BudgetGrid>("cost.chen", u => u.ExecuteAsync(project.Id, draft.Id));

        Assert.Equal("rows[3].D", negative.Errors.Single().Field);
        Assert.StartsWith("Row 3, column D", negative.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("2 × 02", negative.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("rows[3].A", unknown.Errors.Single().Field);
        Assert.Equal(0m, grid.Total);
    }
}
