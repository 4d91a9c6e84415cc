using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>
/// What a cost controller finds behind a figure of the cost report: the "committed" figure counts
/// signed contracts and actual cost outside contracts, so its drill-down must show them and add up to it.
/// </summary>
public sealed partial class MoneyDrillDownTests(GantryApp app) : IClassFixture<GantryApp>
{
    [GeneratedRegex("data-testid=\"records-net-total\" data-net=\"([^\"]+)\"")]
    private static partial Regex NetTotal();

    private async Task<(HttpClient Client, string Page)> Building(string userName, string language = "en")
    {
        var client = await app.SignedIn(userName, language: language);
        var projects = await (await client.GetAsync("/api/v1/projects")).Read(HttpStatusCode.OK);
        var id = projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-3").Str("id");
        return (client, $"/projects/{id}");
    }

    [Fact]
    public async Task EveryCommittedFigureDrillsDownToLinesThatAddUpToIt()
    {
        var (cost, page) = await Building("cost.chen");
        var report = await (await cost.GetAsync("/api/v1" + page + "/costs/report?grouping=CostCode")).Read(HttpStatusCode.OK);

        foreach (var row in report.GetProperty("rows").EnumerateArray())
        {
            var html = await cost.GetStringAsync($"{page}/costs/records?kind=Commitment&costCodeId={row.Str("costCodeId")}");
            var shown = decimal.Parse(NetTotal().Match(html).Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.Equal(row.GetProperty("committed").GetDecimal(), shown);
        }
    }

    [Fact]
    public async Task CommittedSubcontractCostListsTheSignedSubcontractsAndSaysWhatIsShown()
    {
        var (cost, page) = await Building("cost.chen", "zh-CN");
        var report = await (await cost.GetAsync("/api/v1" + page + "/costs/report?grouping=CostCode")).Read(HttpStatusCode.OK);
        var subcontracts = report.GetProperty("rows").EnumerateArray().Single(r => r.Str("costCode") == "04");

        var html = WebUtility.HtmlDecode(await cost.GetStringAsync($"{page}/costs/records?kind=Commitment&costCodeId={subcontracts.Str("costCodeId")}"));

        Assert.Contains("BJHY3-FB-JD", html, StringComparison.Ordinal);
        Assert.Contains("BJHY3-FB-MQ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("该金额没有对应的记录", html, StringComparison.Ordinal);
        Assert.Contains("成本科目: 04 分包工程费 · 已承诺", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActualDrillDownStillListsOnlyActualRecords()
    {
        var (cost, page) = await Building("cost.chen");
        var report = await (await cost.GetAsync("/api/v1" + page + "/costs/report?grouping=Project")).Read(HttpStatusCode.OK);

        var html = await cost.GetStringAsync($"{page}/costs/records?kind=Actual");

        Assert.DoesNotContain("data-testid=\"committed-contracts\"", html, StringComparison.Ordinal);
        Assert.Equal(report.GetProperty("total").GetProperty("actual").GetDecimal(),
            decimal.Parse(NetTotal().Match(html).Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task EachRecordNamesItsWbsNode()
    {
        var (cost, page) = await Building("cost.chen");

        var html = WebUtility.HtmlDecode(await cost.GetStringAsync($"{page}/costs/records?kind=Actual&sort=date"));

        Assert.Contains("<td data-testid=\"record-wbs\">2 主体结构工程</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td data-testid=\"record-wbs\">(no WBS)</td>", html, StringComparison.Ordinal);
    }
}
