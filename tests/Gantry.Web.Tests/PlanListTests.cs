using System.Net;
using System.Text.RegularExpressions;
using Gantry.Interchange.Excel;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>The plan list: sorted by a column, exported to Excel with the same filter and the reader's visibility.</summary>
public sealed class PlanListTests(GantryApp app) : IClassFixture<GantryApp>
{
    private static async Task<string> ProjectId(HttpClient client)
    {
        var projects = await (await client.GetAsync("/api/v1/projects?search=BJHY-3")).Read(HttpStatusCode.OK);
        return projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-3").Str("id");
    }

    [Fact]
    public async Task SortingByNameOrdersTheListAndClickingAgainReversesIt()
    {
        var planner = await app.SignedIn("planner.li");
        var id = await ProjectId(planner);
        var plans = await (await planner.GetAsync($"/api/v1/projects/{id}/plans")).Read(HttpStatusCode.OK);
        var byName = plans.EnumerateArray().OrderBy(p => p.Str("name"), StringComparer.Ordinal).Select(p => p.Str("id")).ToList();

        var ascending = await planner.GetStringAsync($"/projects/{id}/plans?sort=name");
        var descending = await planner.GetStringAsync($"/projects/{id}/plans?sort=name_desc");

        static List<string> Order(string html) => Regex.Matches(html, "data-plan-id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.True(byName.Count >= 2);
        Assert.Equal(byName, Order(ascending));
        Assert.Equal(byName.AsEnumerable().Reverse(), Order(descending));
        Assert.Contains("sort=name_desc", ascending, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExcelExportListsThePlansTheReaderSeesWithTheFilter()
    {
        var planner = await app.SignedIn("planner.li");
        var viewer = await app.SignedIn("owner.liu");
        var id = await ProjectId(planner);
        var plans = await (await planner.GetAsync($"/api/v1/projects/{id}/plans")).Read(HttpStatusCode.OK);

        var all = await planner.GetAsync($"/api/v1/projects/{id}/plans/export.xlsx");
        var weekly = await planner.GetAsync($"/api/v1/projects/{id}/plans/export.xlsx?level=Weekly");
        var published = await viewer.GetAsync($"/api/v1/projects/{id}/plans/export.xlsx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", all.Content.Headers.ContentType!.MediaType);
        var rows = ExcelWorkbookReader.Read(await all.Content.ReadAsStreamAsync(), "plans")[0].Rows;
        Assert.Equal(plans.GetArrayLength() + 1, rows.Count);
        Assert.Equal(plans.EnumerateArray().Select(p => p.Str("name")).Order(StringComparer.Ordinal),
            rows.Values.Skip(1).Select(r => r[1].Text).Order(StringComparer.Ordinal));
        var weeklyRows = ExcelWorkbookReader.Read(await weekly.Content.ReadAsStreamAsync(), "weekly")[0].Rows.Values.Skip(1).ToList();
        Assert.NotEmpty(weeklyRows);
        Assert.All(weeklyRows, r => Assert.Equal("Weekly", r[2].Text));
        var viewerRows = ExcelWorkbookReader.Read(await published.Content.ReadAsStreamAsync(), "viewer")[0].Rows.Values.Skip(1).ToList();
        Assert.All(viewerRows, r => Assert.Equal("Published", r[6].Text));
        Assert.True(viewerRows.Count < rows.Count - 1, "the submitted weekly plan is not issued to a viewer");
    }
}
