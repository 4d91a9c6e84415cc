using Gantry.Interchange.Costs;
using Gantry.Interchange.Excel;

namespace Gantry.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class CostImportJourneyTests(GantryServer server)
{
    [Fact]
    public async Task ABadRowIsNamedByRowAndColumnAndImportsNothingThenTheCorrectedFileIsReportedWithCountAndTotal()
    {
        var projectId = await server.CreateCostProjectAsync("IMP-" + Guid.NewGuid().ToString("N")[..6]);
        var page = await server.NewPageAsync();
        await page.SignInAsync("cost.chen", GantryServer.DemoPassword);
        await page.GotoAsync($"/projects/{projectId}/costs/import");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=import-template]"));
        List<ExcelSheet> template;
        await using (var file = File.OpenRead(await download.PathAsync()))
        {
            template = ExcelWorkbookReader.Read(file, "template");
        }

        var headers = template[0].Rows[1].OrderBy(c => c.Key).Select(c => c.Value.Text).ToList();
        Assert.Equal(Enum.GetValues<CostSheetColumn>().Select(CostSheet.Header), headers);
        Assert.Contains(template[1].Rows.Values, r => r.Values.Any(c => c.Text == "02"));

        // Row 3 (the second cost under the header) has words where the amount belongs, column G.
        await UploadAsync(page, Filled(template[0].Name, headers,
            ["actual", "2026-11-02", null, "02", null, "钢筋", 11_300m, 13m],
            ["actual", "2026-11-03", null, "02", null, "水泥", "ten thousand", 0m]));
        await page.WaitForSelectorAsync("[data-testid=import-errors]");
        var errors = await page.Locator("[data-testid=import-error]").AllInnerTextsAsync();
        Assert.Single(errors);
        Assert.StartsWith("Row 3, column G", errors[0], StringComparison.Ordinal);
        await page.Locator("[data-testid=import-report]").ExpectCountAsync(0);
        Assert.Equal(0, await RecordCountAsync(page, projectId));

        await page.GotoAsync($"/projects/{projectId}/costs/import");
        await UploadAsync(page, Filled(template[0].Name, headers,
            ["actual", "2026-11-02", null, "02", null, "钢筋", 11_300m, 13m],
            ["commitment", "2026-11-03", null, "02", null, "水泥", 5_000m, 0m]));
        await page.WaitForSelectorAsync("[data-testid=import-report]");
        await page.Locator("[data-testid=import-errors]").ExpectCountAsync(0);
        Assert.Equal("2 records imported, 16,300.00 CNY in total, dated 2026-11-02 – 2026-11-03.",
            (await page.InnerTextAsync("[data-testid=import-count]")).Trim());
        Assert.Equal(2, await RecordCountAsync(page, projectId));
        await page.CloseContextAsync();
    }

    /// <summary>The template's own sheet name and headers with the test's rows under them, as a cost controller would fill it.</summary>
    private static byte[] Filled(string sheetName, IReadOnlyList<string> headers, params object?[][] rows)
    {
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, [new XlsxSheet { Name = sheetName, Columns = headers.Select(h => new XlsxColumn(h, 12)).ToList(), Rows = rows }]);
        return stream.ToArray();
    }

    private static async Task UploadAsync(IPage page, byte[] workbook)
    {
        await page.SetInputFilesAsync("[data-testid=import-file]", new FilePayload
        {
            Name = "成本记录.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = workbook,
        });
        await page.ClickAsync("[data-testid=import-submit]");
    }

    private static async Task<int> RecordCountAsync(IPage page, Guid projectId)
    {
        await page.GotoAsync($"/projects/{projectId}/costs/records");
        await page.WaitForSelectorAsync("[data-testid=cost-records]");
        return await page.Locator("[data-testid=cost-record]").CountAsync();
    }
}
