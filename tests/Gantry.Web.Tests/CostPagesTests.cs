using System.Net;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>The cost-side pages render for those who may use them and refuse those who may not.</summary>
public sealed class CostPagesTests(GantryApp app) : IClassFixture<GantryApp>
{
    private async Task<(HttpClient Client, string Page)> Building(string userName)
    {
        var client = await app.SignedIn(userName);
        var projects = await (await client.GetAsync("/api/v1/projects")).Read(HttpStatusCode.OK);
        var id = projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-3").Str("id");
        return (client, $"/projects/{id}");
    }

    [Fact]
    public async Task CostControllerSeesBudgetGridCodesImportAndWageSheet()
    {
        var (cost, page) = await Building("cost.chen");

        var budgets = await cost.GetStringAsync(page + "/costs/budgets");
        var codes = await cost.GetStringAsync(page + "/costs/codes");
        var import = await cost.GetStringAsync(page + "/costs/import");
        var wages = await cost.GetStringAsync(page + "/day-labour/wages?month=2026-10");

        Assert.Contains("data-testid=\"budget-grid\"", budgets, StringComparison.Ordinal);
        Assert.Contains("data-code=\"01\"", codes, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"import-file\"", import, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"wage-row\"", wages, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"wage-pay\"", wages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiteEngineerSeesNoEditControlsAndIsRefusedTheImportPage()
    {
        var (engineer, page) = await Building("site.wang");

        var codes = await engineer.GetStringAsync(page + "/costs/codes");

        Assert.DoesNotContain("data-testid=\"code-add\"", codes, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await engineer.GetAsync(page + "/costs/import")).StatusCode);
    }

    [Fact]
    public async Task OnlyThePmIsOfferedTheBudgetApproval()
    {
        var (cost, page) = await Building("cost.chen");
        var (pm, _) = await Building("pm.zhang");
        await cost.GetStringAsync(page + "/costs/budgets");

        var versions = await (await cost.GetAsync("/api/v1" + page + "/costs/budgets")).Read(HttpStatusCode.OK);
        if (!versions.EnumerateArray().Any(v => v.Str("status") == "draft"))
        {
            await (await cost.PostAsync("/api/v1" + page + "/costs/budgets", System.Net.Http.Json.JsonContent.Create(new { name = "调整一" })))
                .Read(HttpStatusCode.OK);
        }

        Assert.DoesNotContain("data-testid=\"budget-approve\"", await cost.GetStringAsync(page + "/costs/budgets"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"budget-approve\"", await pm.GetStringAsync(page + "/costs/budgets"), StringComparison.Ordinal);
    }
}
