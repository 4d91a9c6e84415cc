using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Gantry.Interchange.Excel;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>
/// The last gaps of the money-list audit: a contract's variations and an application's receipts export to
/// Excel under the page's own permission checks, and the cost report sorts by its figure columns.
/// </summary>
public sealed class MoneyListGapsTests(GantryApp app) : IClassFixture<GantryApp>
{
    private async Task<(HttpClient Client, string Project, string Page)> Building(string userName)
    {
        var client = await app.SignedIn(userName);
        var projects = await (await client.GetAsync("/api/v1/projects")).Read(HttpStatusCode.OK);
        var id = projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-3").Str("id");
        return (client, $"/api/v1/projects/{id}", $"/projects/{id}");
    }

    private static async Task<ExcelSheet> SheetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(ExcelWorkbookReader.Read(await response.Content.ReadAsStreamAsync(), url));
    }

    private static List<ExcelCell?> Column(ExcelSheet sheet, int column) =>
        sheet.Rows.Keys.Where(r => r > 1).Select(r => sheet.Cell(r, column)).ToList();

    private static async Task<string> ContractIdAsync(HttpClient client, string project, string code)
    {
        var contracts = await (await client.GetAsync(project + "/costs/contracts")).Read(HttpStatusCode.OK);
        return contracts.EnumerateArray().Single(c => c.Str("code") == code).Str("id");
    }

    [Fact]
    public async Task ContractVariationsReadBackFromExcelAsListed()
    {
        var (cost, project, _) = await Building("cost.chen");
        var contract = await ContractIdAsync(cost, project, "BJHY3-FB-JD");
        var listed = await (await cost.GetAsync($"{project}/costs/contracts/{contract}/variations")).Read(HttpStatusCode.OK);

        var sheet = await SheetAsync(cost, $"{project}/costs/contracts/{contract}/variations.xlsx");

        Assert.Equal(["编号 Code", "类型 Kind", "说明 Description", "日期 Date", "金额 Amount", "不含税 Net", "状态 Status"],
            Enumerable.Range(1, 7).Select(c => sheet.Cell(1, c)?.Text));
        Assert.Contains("BG-JD-01", Column(sheet, 1).Select(c => c?.Text));
        Assert.Equal(listed.EnumerateArray().Select(v => v.Str("code")), Column(sheet, 1).Select(c => c?.Text));
        Assert.Equal(listed.EnumerateArray().Select(v => (double)v.GetProperty("amount").GetDecimal()), Column(sheet, 5).Select(c => c?.Number ?? 0));
    }

    [Fact]
    public async Task ApplicationReceiptsReadBackFromExcelWithAmountsAndDates()
    {
        var (cost, project, _) = await Building("cost.chen");
        var applications = await (await cost.GetAsync(project + "/funds/applications")).Read(HttpStatusCode.OK);
        var application = applications.EnumerateArray().First(a => a.GetProperty("received").GetDecimal() > 0).Str("id");
        var listed = await (await cost.GetAsync($"{project}/funds/applications/{application}/receipts")).Read(HttpStatusCode.OK);

        var sheet = await SheetAsync(cost, $"{project}/funds/applications/{application}/receipts.xlsx");

        Assert.Equal(["收款日 Received on", "金额 Amount", "冲销 Reversal", "已冲销 Reversed", "超额理由 Override"],
            Enumerable.Range(1, 5).Select(c => sheet.Cell(1, c)?.Text));
        Assert.NotEmpty(Column(sheet, 2));
        Assert.Equal(listed.EnumerateArray().Select(r => (double)r.GetProperty("amount").GetDecimal()), Column(sheet, 2).Select(c => c?.Number ?? 0));
        var firstDate = DateOnly.Parse(listed[0].Str("receivedOn"), CultureInfo.InvariantCulture);
        Assert.Equal(firstDate.ToDateTime(TimeOnly.MinValue).ToOADate(), sheet.Cell(2, 1)?.Number);
    }

    [Fact]
    public async Task SubcontractorOfAnotherOrganisationGetsNotFoundForVariationsAndReceiptsExports()
    {
        var (cost, project, _) = await Building("cost.chen");
        var (facade, _, _) = await Building("sub.zhou");
        var (mep, _, _) = await Building("sub.sun");
        var mepContract = await ContractIdAsync(cost, project, "BJHY3-FB-JD");
        var applications = await (await cost.GetAsync(project + "/funds/applications")).Read(HttpStatusCode.OK);
        var ownerApplication = applications.EnumerateArray().First().Str("id");

        await (await facade.GetAsync($"{project}/costs/contracts/{mepContract}/variations.xlsx")).Problem(HttpStatusCode.NotFound);
        await (await facade.GetAsync($"{project}/funds/applications/{ownerApplication}/receipts.xlsx")).Problem(HttpStatusCode.NotFound);
        var own = await SheetAsync(mep, $"{project}/costs/contracts/{mepContract}/variations.xlsx");

        Assert.Contains("BG-JD-01", Column(own, 1).Select(c => c?.Text));
    }

    [Fact]
    public async Task CostReportExcelSortsByActualBothWaysAndKeepsTheTotalLast()
    {
        var (cost, project, _) = await Building("cost.chen");
        var report = await (await cost.GetAsync(project + "/costs/report?grouping=CostCode")).Read(HttpStatusCode.OK);
        var actuals = report.GetProperty("rows").EnumerateArray().Select(r => (double)r.GetProperty("actual").GetDecimal()).ToList();

        var unsorted = Column(await SheetAsync(cost, project + "/costs/report.xlsx?grouping=CostCode"), 7).Select(c => c?.Number ?? 0).ToList();
        var up = Column(await SheetAsync(cost, project + "/costs/report.xlsx?grouping=CostCode&sort=actual"), 7).Select(c => c?.Number ?? 0).ToList();
        var down = Column(await SheetAsync(cost, project + "/costs/report.xlsx?grouping=CostCode&sort=actual_desc"), 7).Select(c => c?.Number ?? 0).ToList();

        Assert.True(actuals.Distinct().Count() > 1);
        Assert.Equal(actuals, unsorted.SkipLast(1));
        Assert.Equal(actuals.Order(), up.SkipLast(1));
        Assert.Equal(actuals.OrderDescending(), down.SkipLast(1));
        var total = (double)report.GetProperty("total").GetProperty("actual").GetDecimal();
        Assert.Equal([total, total, total], new[] { unsorted[^1], up[^1], down[^1] });
    }

    [Fact]
    public async Task CostReportPageSortsByBudgetAndTheExcelLinkCarriesTheSort()
    {
        var (cost, project, page) = await Building("cost.chen");
        var report = await (await cost.GetAsync(project + "/costs/report?grouping=CostCode")).Read(HttpStatusCode.OK);
        var budgets = report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("budget").GetDecimal()).ToList();

        var html = await cost.GetStringAsync(page + "/costs?grouping=CostCode&sort=budget");

        var shown = Regex.Matches(html, "data-budget=\"([^\"]+)\"").Select(m => decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal(budgets.Order(), shown);
        Assert.Contains("report.xlsx?grouping=CostCode&amp;sort=budget\"", html, StringComparison.Ordinal);
    }
}
