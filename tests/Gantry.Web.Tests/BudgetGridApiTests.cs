using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gantry.Interchange.Excel;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>
/// The budget grid over HTTP on the demo project (a revision of its approved budget): one request saves
/// every cell or none, problem details name the cell, stale saves get 409, only cost staff may edit, and
/// the Excel downloads of the budget and cost-code pages read back with the same figures.
/// </summary>
public sealed class BudgetGridApiTests(GantryApp app) : IClassFixture<GantryApp>
{
    private async Task<(HttpClient Client, string Project)> Building(string userName)
    {
        var client = await app.SignedIn(userName);
        var projects = await (await client.GetAsync("/api/v1/projects")).Read(HttpStatusCode.OK);
        var id = projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-3").Str("id");
        return (client, $"/api/v1/projects/{id}");
    }

    /// <summary>The draft revision (started once per test class: one draft at a time) and its grid.</summary>
    private static async Task<JsonElement> DraftGrid(HttpClient client, string project)
    {
        var versions = await (await client.GetAsync(project + "/costs/budgets")).Read(HttpStatusCode.OK);
        var draft = versions.EnumerateArray().FirstOrDefault(v => v.Str("status") == "draft");
        var id = draft.ValueKind == JsonValueKind.Undefined
            ? (await (await client.PostAsync(project + "/costs/budgets", JsonContent.Create(new { name = "调整" }))).Read(HttpStatusCode.OK)).Str("id")
            : draft.Str("id");
        return await (await client.GetAsync($"{project}/costs/budgets/{id}/grid")).Read(HttpStatusCode.OK);
    }

    private static string Column(JsonElement grid, string code) =>
        grid.GetProperty("columns").EnumerateArray().Single(c => c.Str("code") == code).Str("id");

    private static string Row(JsonElement grid, int index) => grid.GetProperty("rows")[index].Str("wbsNodeId");

    private static decimal Total(JsonElement grid) => grid.GetProperty("total").GetDecimal();

    /// <summary>An Excel number (a double) back to the fen it was written as.</summary>
    private static decimal Fen(double? number) => Math.Round((decimal)number!.Value, 2);

    [Fact]
    public async Task BadCellIsA400NamingWbsAndCostCodeAndNothingIsSavedThenTheGoodGridSavesOnce()
    {
        var (cost, project) = await Building("cost.chen");
        var grid = await DraftGrid(cost, project);
        var budget = grid.GetProperty("budget");
        var url = $"{project}/costs/budgets/{budget.Str("id")}/grid";
        var wbsCode = grid.GetProperty("rows")[0].Str("wbsCode");
        var cells = new object[]
        {
            new { wbsNodeId = Row(grid, 0), costCodeId = Column(grid, "06"), amount = "1234.5" },
            new { wbsNodeId = Row(grid, 1), costCodeId = Column(grid, "06"), amount = "abc" },
        };

        var problem = await (await cost.PutAsJson(url, new { version = budget.GetProperty("version").GetInt32(), cells })).Problem(HttpStatusCode.BadRequest);
        var unchanged = await (await cost.GetAsync(url)).Read(HttpStatusCode.OK);
        var saved = await (await cost.PutAsJson(url, new { version = budget.GetProperty("version").GetInt32(), cells = cells[..1] })).Read(HttpStatusCode.OK);
        var stale = await (await cost.PutAsJson(url, new { version = budget.GetProperty("version").GetInt32(), cells = cells[..1] })).Problem(HttpStatusCode.Conflict);
        var after = await (await cost.GetAsync(url)).Read(HttpStatusCode.OK);

        var message = problem.GetProperty("errors").GetProperty("cells[1].amount")[0].GetString()!;
        Assert.StartsWith(grid.GetProperty("rows")[1].Str("wbsCode") + " × 06:", message, StringComparison.Ordinal);
        Assert.False(problem.GetProperty("errors").TryGetProperty("cells[0].amount", out _));
        Assert.Equal(Total(grid), Total(unchanged));
        Assert.Equal(1, saved.GetProperty("added").GetInt32() + saved.GetProperty("changed").GetInt32());
        Assert.Contains("changed by someone else", stale.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var row = after.GetProperty("rows").EnumerateArray().Single(r => r.Str("wbsCode") == wbsCode);
        var column = after.GetProperty("columns").EnumerateArray().ToList().FindIndex(c => c.Str("code") == "06");
        Assert.Equal(1234.5m, row.GetProperty("amounts")[column].GetDecimal());
    }

    [Theory]
    [InlineData("planner.li")]
    [InlineData("site.wang")]
    public async Task OnlyCostControllersAndProjectManagersMayPutTheGrid(string user)
    {
        var (cost, project) = await Building("cost.chen");
        var grid = await DraftGrid(cost, project);
        var (other, _) = await Building(user);

        var url = $"{project}/costs/budgets/{grid.GetProperty("budget").Str("id")}/grid";
        var response = await other.PutAsJson(url, new
        {
            version = grid.GetProperty("budget").GetProperty("version").GetInt32(),
            cells = new[] { new { wbsNodeId = Row(grid, 0), costCodeId = Column(grid, "01"), amount = "1" } },
        });

        await response.Problem(HttpStatusCode.Forbidden);
        Assert.Equal(Total(grid), Total(await (await cost.GetAsync(url)).Read(HttpStatusCode.OK)));
    }

    [Fact]
    public async Task ApprovedVersionRefusesTheGridNamingItsStatus()
    {
        var (pm, project) = await Building("pm.zhang");
        var versions = await (await pm.GetAsync(project + "/costs/budgets")).Read(HttpStatusCode.OK);
        var approved = versions.EnumerateArray().First(v => v.Str("status") == "approved");
        var grid = await (await pm.GetAsync($"{project}/costs/budgets/{approved.Str("id")}/grid")).Read(HttpStatusCode.OK);

        var problem = await (await pm.PutAsJson($"{project}/costs/budgets/{approved.Str("id")}/grid", new
        {
            version = approved.GetProperty("version").GetInt32(),
            cells = new[] { new { wbsNodeId = Row(grid, 0), costCodeId = grid.GetProperty("columns")[0].Str("id"), amount = "1" } },
        })).Problem(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("status", out _));
    }

    [Fact]
    public async Task BudgetGridExcelReadsBackWithWbsCodesCostCodesAmountsAndTotals()
    {
        var (pm, project) = await Building("pm.zhang");
        var versions = await (await pm.GetAsync(project + "/costs/budgets")).Read(HttpStatusCode.OK);
        var approved = versions.EnumerateArray().First(v => v.Str("status") == "approved");
        var grid = await (await pm.GetAsync($"{project}/costs/budgets/{approved.Str("id")}/grid")).Read(HttpStatusCode.OK);

        var response = await pm.GetAsync($"{project}/costs/budgets/{approved.Str("id")}/grid.xlsx");
        response.EnsureSuccessStatusCode();
        var sheet = ExcelWorkbookReader.Read(await response.Content.ReadAsStreamAsync(), "grid")[0];

        var columns = grid.GetProperty("columns").EnumerateArray().ToList();
        var rows = grid.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal("WBS", sheet.Cell(1, 1)!.Text);
        Assert.Equal(columns.Select(c => c.Str("code") + " " + c.Str("name")), columns.Select((_, i) => sheet.Cell(1, 3 + i)!.Text));
        Assert.Equal(rows.Select(r => r.Str("wbsCode") is { Length: > 0 } code ? code : "—"), rows.Select((_, i) => sheet.Cell(2 + i, 1)!.Text));
        Assert.Equal(rows.Select(r => r.GetProperty("total").GetDecimal()), rows.Select((_, i) => Fen(sheet.Cell(2 + i, 3 + columns.Count)!.Number)));
        var totalRow = 2 + rows.Count;
        Assert.Equal("合计 Total", sheet.Cell(totalRow, 1)!.Text);
        Assert.Equal(Total(grid), Fen(sheet.Cell(totalRow, 3 + columns.Count)!.Number));
        Assert.True(Total(grid) > 0);
    }

    [Fact]
    public async Task VersionListAndCostCodeTreeExcelFollowTheirFilters()
    {
        var (cost, project) = await Building("cost.chen");
        var versions = await (await cost.GetAsync(project + "/costs/budgets")).Read(HttpStatusCode.OK);
        var codes = await (await cost.GetAsync(project + "/costs/codes")).Read(HttpStatusCode.OK);

        var allVersions = ExcelWorkbookReader.Read(await (await cost.GetAsync(project + "/costs/budgets.xlsx?sort=number")).Content.ReadAsStreamAsync(), "v")[0];
        var approvedOnly = ExcelWorkbookReader.Read(await (await cost.GetAsync(project + "/costs/budgets.xlsx?status=Approved")).Content.ReadAsStreamAsync(), "v")[0];
        var tree = ExcelWorkbookReader.Read(await (await cost.GetAsync(project + "/costs/codes.xlsx")).Content.ReadAsStreamAsync(), "c")[0];
        var materials = ExcelWorkbookReader.Read(await (await cost.GetAsync(project + "/costs/codes.xlsx?category=Materials")).Content.ReadAsStreamAsync(), "c")[0];

        Assert.Equal(versions.GetArrayLength(), allVersions.Rows.Count - 1);
        Assert.Equal(1d, allVersions.Cell(2, 1)!.Number);
        Assert.Equal(versions.EnumerateArray().Count(v => v.Str("status") == "approved"), approvedOnly.Rows.Count - 1);
        Assert.Equal("Approved", approvedOnly.Cell(2, 4)!.Text);
        Assert.Equal(codes.GetArrayLength(), tree.Rows.Count - 1);
        Assert.Equal(["01", "人工费", "Labour", "是 yes"], [tree.Cell(2, 1)!.Text, tree.Cell(2, 2)!.Text, tree.Cell(2, 5)!.Text, tree.Cell(2, 6)!.Text]);
        Assert.All(materials.Rows.Keys.Where(r => r > 1), r => Assert.Equal("Materials", materials.Cell(r, 5)!.Text));
        Assert.Equal(codes.EnumerateArray().Count(c => c.Str("category") == "materials"), materials.Rows.Count - 1);
    }

    [Fact]
    public async Task DownloadedDraftGridUploadsBackUnchangedAndTheSiteEngineerMayNotUpload()
    {
        var (cost, project) = await Building("cost.chen");
        var (engineer, _) = await Building("site.wang");
        var grid = await DraftGrid(cost, project);
        var url = $"{project}/costs/budgets/{grid.GetProperty("budget").Str("id")}/grid.xlsx";
        var file = await (await cost.GetAsync(url)).Content.ReadAsByteArrayAsync();
        MultipartFormDataContent Upload()
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            return new MultipartFormDataContent { { content, "file", "budget.xlsx" } };
        }

        await (await engineer.PostAsync(url, Upload())).Problem(HttpStatusCode.Forbidden);
        var saved = await (await cost.PostAsync(url, Upload())).Read(HttpStatusCode.OK);

        Assert.Equal((0, 0, 0), (saved.GetProperty("added").GetInt32(), saved.GetProperty("changed").GetInt32(), saved.GetProperty("removed").GetInt32()));
        Assert.Equal(Total(grid), saved.GetProperty("budget").GetProperty("total").GetDecimal());
    }
}
