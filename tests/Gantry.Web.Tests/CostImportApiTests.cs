using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gantry.Interchange.Costs;
using Gantry.Interchange.Excel;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>The cost import over HTTP on the demo project: template, a refused file, an accepted one; cost code deletion refused.</summary>
public sealed class CostImportApiTests(GantryApp app) : IClassFixture<GantryApp>
{
    private async Task<(HttpClient Client, string Project)> Building(string userName, string language = "en")
    {
        var client = await app.SignedIn(userName, language: language);
        var projects = await (await client.GetAsync("/api/v1/projects")).Read(HttpStatusCode.OK);
        var id = projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-3").Str("id");
        return (client, $"/api/v1/projects/{id}");
    }

    private static MultipartFormDataContent Upload(params object?[][] rows)
    {
        var stream = new MemoryStream();
        XlsxWriter.Write(stream, [new XlsxSheet
        {
            Name = CostSheet.SheetName,
            Columns = Enum.GetValues<CostSheetColumn>().Select(c => new XlsxColumn(CostSheet.Header(c), 12)).ToList(),
            Rows = rows,
        }]);
        var file = new ByteArrayContent(stream.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", "costs.xlsx" } };
    }

    [Fact]
    public async Task TemplateListsTheProjectsCostCodesAndReadsBackAsAnEmptySheet()
    {
        var (cost, project) = await Building("cost.chen");

        var response = await cost.GetAsync(project + "/costs/records/import-template.xlsx");
        response.EnsureSuccessStatusCode();
        var sheets = ExcelWorkbookReader.Read(await response.Content.ReadAsStreamAsync(), "template");

        Assert.Equal(CostSheet.Header(CostSheetColumn.Kind), sheets[0].Cell(1, 1)!.Text);
        Assert.Contains(sheets[1].Rows.Values, r => r[1].Text == "01");
        Assert.Empty(CostSheet.Read(await (await cost.GetAsync(project + "/costs/records/import-template.xlsx")).Content.ReadAsStreamAsync(), "t").Rows);
    }

    [Fact]
    public async Task BadRowIsA400InChineseNamingRowAndColumnThenTheCorrectedFileIsImported()
    {
        var (cost, project) = await Building("cost.chen", "zh-Hans");
        var before = await (await cost.GetAsync(project + "/costs/report?grouping=Project")).Read(HttpStatusCode.OK);

        var problem = await (await cost.PostAsync(project + "/costs/records/import.xlsx", Upload(
            ["实际", "2026-11-02", null, "02", null, "钢筋", 11_300m, 13d],
            ["实际", "2026-11-03", null, "02", null, "水泥", "一万", null]))).Problem(HttpStatusCode.BadRequest);
        var imported = await (await cost.PostAsync(project + "/costs/records/import.xlsx", Upload(
            ["实际", "2026-11-02", null, "02", null, "钢筋", 11_300m, 13d],
            ["实际", "2026-11-03", null, "02", null, "水泥", 5_000m, 0d]))).Read(HttpStatusCode.OK);
        var after = await (await cost.GetAsync(project + "/costs/report?grouping=Project")).Read(HttpStatusCode.OK);

        var message = problem.GetProperty("errors").GetProperty("rows[3].amount")[0].GetString()!;
        Assert.StartsWith("第 3 行 G 列", message, StringComparison.Ordinal);
        Assert.Equal(2, imported.GetProperty("imported").GetInt32());
        Assert.Equal(15_000m, after.GetProperty("total").GetProperty("actual").GetDecimal() - before.GetProperty("total").GetProperty("actual").GetDecimal());
    }

    [Fact]
    public async Task SiteEngineerGets403OnImportAndTemplate()
    {
        var (engineer, project) = await Building("site.wang");

        await (await engineer.PostAsync(project + "/costs/records/import.xlsx", Upload(["actual", "2026-11-02", null, "02", null, "x", 1m, null])))
            .Problem(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await engineer.GetAsync(project + "/costs/records/import-template.xlsx")).StatusCode);
    }

    [Fact]
    public async Task UsedCostCodeDeleteIsA400AndDeactivateWorks()
    {
        var (cost, project) = await Building("cost.chen");
        var codes = await (await cost.GetAsync(project + "/costs/codes")).Read(HttpStatusCode.OK);
        var labour = codes.EnumerateArray().Single(c => c.Str("code") == "01");

        var refused = await (await cost.DeleteAsync($"{project}/costs/codes/{labour.Str("id")}")).Problem(HttpStatusCode.BadRequest);
        var off = await (await cost.PostAsync($"{project}/costs/codes/{labour.Str("id")}/deactivate",
            JsonContent.Create(new { version = labour.GetProperty("version").GetInt32() }))).Read(HttpStatusCode.OK);
        await (await cost.PostAsync($"{project}/costs/codes/{labour.Str("id")}/activate",
            JsonContent.Create(new { version = off.GetProperty("version").GetInt32() }))).Read(HttpStatusCode.OK);

        Assert.True(refused.GetProperty("errors").TryGetProperty("costCodeId", out _));
        Assert.False(off.GetProperty("isActive").GetBoolean());
    }
}
