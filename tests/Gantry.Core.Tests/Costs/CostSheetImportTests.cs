using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Interchange.Costs;
using Gantry.Interchange.Excel;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Gantry.Core.Tests.Costs;

/// <summary>Cost records from the Excel template: codes resolved, every error at its row and column, all or nothing.</summary>
public sealed class CostSheetImportTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    /// <summary>A workbook in the template's layout with the given data rows (Excel row 2 onwards).</summary>
    public static MemoryStream Workbook(params object?[][] rows)
    {
        var stream = new MemoryStream();
        XlsxWriter.Write(stream, [new XlsxSheet
        {
            Name = CostSheet.SheetName,
            Columns = Enum.GetValues<CostSheetColumn>().Select(c => new XlsxColumn(CostSheet.Header(c), 12)).ToList(),
            Rows = rows,
        }]);
        stream.Position = 0;
        return stream;
    }

    private Task<int> CountAsync(MoneyProject project) => db.Query(d => d.CostRecords.CountAsync(r => r.ProjectId == project.Id));

    [Fact]
    public async Task GoodSheetImportsEveryRowAndReportsTotalsPerCostCode()
    {
        var project = await MoneyProject.CreateAsync(db);
        using var file = Workbook(
            ["实际", new DateTime(2026, 5, 10), "10", "02", null, "钢筋 HRB400 20 t", 86_000m, 13d],
            ["commitment", "2026-06-01", "10", "01", null, "劳务 6 月", 40_000m, null],
            ["actual", "2026/6/3", null, "02", null, "水泥", 14_000m, "13%"]);

        var report = await db.Run<ImportCostSheet, CostImportReport>("cost.chen", u => u.ExecuteAsync(project.Id, "costs.xlsx", file));
        var vat = await db.Query(d => d.CostRecords.Where(r => r.ProjectId == project.Id && r.Amount == 14_000m).Select(r => r.VatRate).SingleAsync());

        Assert.Equal((3, 140_000m, new DateOnly(2026, 5, 10), new DateOnly(2026, 6, 3)), (report.Imported, report.Amount, report.From, report.To));
        Assert.Equal([("01", 1, 40_000m), ("02", 2, 100_000m)], report.ByCostCode.Select(l => (l.CostCode, l.Records, l.Amount)));
        Assert.Equal(0.13m, vat);
        Assert.Equal(3, await CountAsync(project));
    }

    [Fact]
    public async Task OneBadRowRejectsTheFileAndEachErrorNamesRowAndColumnInTheUsersLanguage()
    {
        var project = await MoneyProject.CreateAsync(db);
        using var file = Workbook(
            ["实际", "2026-05-10", "10", "02", null, "钢筋", 86_000m, 13d],
            ["实际", "2026-05-11", "10", "99", null, "未知科目", 1_000m, null],
            ["实际", "五月", "10", "02", null, "坏日期", -5m, null]);

        ValidationFailedException refused;
        using (new Culture("zh-Hans"))
        {
            refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
                db.Run<ImportCostSheet, CostImportReport>("cost.chen", u => u.ExecuteAsync(project.Id, "costs.xlsx", file)));
        }

        var messages = refused.Errors.ToDictionary(e => e.Field, e => e.Message);
        Assert.StartsWith("第 3 行 D 列", messages["rows[3].costCodeId"], StringComparison.Ordinal);
        Assert.Contains("99", messages["rows[3].costCodeId"], StringComparison.Ordinal);
        Assert.StartsWith("第 4 行 B 列", messages["rows[4].date"], StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(project));
    }

    [Fact]
    public async Task RuleBrokenInARowIsReportedAtItsColumnAndNothingIsSaved()
    {
        var project = await MoneyProject.CreateAsync(db);
        using var file = Workbook(
            ["actual", "2026-05-10", "10", "02", null, "steel", 86_000m, 13d],
            ["actual", "2026-05-11", "10", "02", null, "refund?", -1_000m, null]);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            db.Run<ImportCostSheet, CostImportReport>("cost.chen", u => u.ExecuteAsync(project.Id, "costs.xlsx", file)));

        Assert.Equal("rows[3].amount", Assert.Single(refused.Errors).Field);
        Assert.StartsWith("Row 3, column G (Amount)", refused.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(project));
    }

    [Fact]
    public async Task SheetWithoutTheAmountColumnIsRefusedNamingTheColumn()
    {
        var project = await MoneyProject.CreateAsync(db);
        var stream = new MemoryStream();
        XlsxWriter.Write(stream, [new XlsxSheet { Name = "x", Columns = [new XlsxColumn("类型", 8), new XlsxColumn("日期", 8)], Rows = [["实际", "2026-05-10"]] }]);
        stream.Position = 0;

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            db.Run<ImportCostSheet, CostImportReport>("cost.chen", u => u.ExecuteAsync(project.Id, "costs.xlsx", stream)));

        Assert.Contains(refused.Errors, e => e.Message.Contains(CostSheet.Header(CostSheetColumn.Amount), StringComparison.Ordinal));
    }

    [Fact]
    public async Task FileThatIsNoWorkbookIsRefusedAsTheFileField()
    {
        var project = await MoneyProject.CreateAsync(db);
        using var junk = new MemoryStream("not a workbook"u8.ToArray());

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            db.Run<ImportCostSheet, CostImportReport>("cost.chen", u => u.ExecuteAsync(project.Id, "costs.xlsx", junk)));

        Assert.Equal("file", refused.Errors[0].Field);
    }

    [Fact]
    public async Task SiteEngineerMayNotImportCosts()
    {
        var project = await MoneyProject.CreateAsync(db);
        using var file = Workbook(["actual", "2026-05-10", "10", "02", null, "steel", 1m, null]);

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            db.Run<ImportCostSheet, CostImportReport>("site.wang", u => u.ExecuteAsync(project.Id, "costs.xlsx", file)));
    }
}
