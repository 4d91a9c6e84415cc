using System.Net;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>The demo's money sits on the schedule's phases, so the cost report by WBS shows what a cost controller expects to see.</summary>
public sealed class DemoCostByWbsTests(GantryApp app) : IClassFixture<GantryApp>
{
    [Fact]
    public async Task DemoCostReportByWbsSplitsTheBudgetOverThePhasesAndKeepsSharedCostsProjectLevel()
    {
        var cost = await app.SignedIn("cost.chen");
        var projects = await (await cost.GetAsync("/api/v1/projects")).Read(HttpStatusCode.OK);
        var id = projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-3").Str("id");

        var report = await (await cost.GetAsync($"/api/v1/projects/{id}/costs/report?grouping=Wbs")).Read(HttpStatusCode.OK);
        var budgets = report.GetProperty("rows").EnumerateArray().ToDictionary(
            r => r.GetProperty("wbsName").ValueKind == System.Text.Json.JsonValueKind.String ? r.Str("wbsName") : "-",
            r => r.GetProperty("budget").GetDecimal());

        Assert.Equal(31_300_000m, budgets["主体结构工程"]);
        Assert.Equal(11_900_000m, budgets["机电安装工程"]);
        Assert.Equal(8_900_000m, budgets["幕墙与外立面"]);
        Assert.Equal(10_500_000m, budgets["室内装饰装修"]);
        Assert.Equal(10_100_000m, budgets["-"]);
        Assert.Equal(72_700_000m, report.GetProperty("total").GetProperty("budget").GetDecimal());
    }
}
