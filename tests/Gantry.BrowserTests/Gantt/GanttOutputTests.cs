namespace Gantry.BrowserTests.Gantt;

/// <summary>Export to PNG, printed pages, and redraw after an edit's moved activities.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GanttOutputTests(GantryServer server)
{
    [Fact]
    public async Task ExportPngGivesThePngOfTheWholeChartNotOnlyTheViewport()
    {
        var page = await GanttPage.OpenAsync(server);
        await page.EvaluateAsync("json => g.setData(JSON.parse(json))", GanttPayloads.Generated(60).ToJson());
        var png = await page.EvaluateAsync<int[]>("""
            async () => {
              const blob = await g.exportPng();
              const b = new DataView(await blob.arrayBuffer());
              return [b.getUint32(0) === 0x89504E47 ? 1 : 0, b.getUint32(16), b.getUint32(20), blob.type === 'image/png' ? 1 : 0,
                      g.scroller.clientHeight, 570 + g.scale.width];
            }
            """);
        Assert.Equal(1, png[0]);
        Assert.Equal(1, png[3]);
        // 2 WBS rows + 60 activities of 26 px under the 44 px header: far taller than the viewport.
        Assert.Equal(44 + (62 * 26), png[2]);
        Assert.True(png[2] > png[4], "the PNG is taller than the visible chart");
        // The grid's 570 px of columns, then every day of the schedule at 32 px.
        Assert.Equal(png[5], png[1]);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task PrintingPaintsEveryRowAcrossPagesForThePrintStylesheet()
    {
        var page = await GanttPage.OpenAsync(server);
        await page.EvaluateAsync("json => g.setData(JSON.parse(json))", GanttPayloads.Generated(100).ToJson());
        // 102 rows at 24 rows a page.
        Assert.Equal(5, await page.EvaluateAsync<int>("() => g.preparePrint()"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.Locator(".gg-print-page").ExpectCountAsync(5);
        await Assertions.Expect(page.Locator(".gg-print-page").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".gg-chart")).ToBeHiddenAsync();
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task UpdateMovesOnlyTheGivenActivityAndItsSummary()
    {
        var page = await GanttPage.OpenAsync(server);
        await page.SetDataAsync(GanttPayloads.Small());
        await page.EvaluateAsync("() => g.scrollToActivity(1)");
        var before = await page.BarBoxAsync(2);
        var other = await page.BarBoxAsync(1);
        await page.EvaluateAsync("""
            () => g.update([{ id: 2, oldStart: '2026-03-09T08:00:00', oldFinish: '2026-03-13T17:00:00',
                              start: '2026-03-11T08:00:00', finish: '2026-03-17T17:00:00', totalFloatMinutes: 0, critical: true }])
            """);
        var after = await page.BarBoxAsync(2);
        Assert.Equal(before.Left + 2 * 32, after.Left, tolerance: 0.01);
        Assert.Equal(before.Right + 4 * 32, after.Right, tolerance: 0.01);
        Assert.Equal("#d93a3a", after.Color);
        Assert.Equal(other.Left, (await page.BarBoxAsync(1)).Left, tolerance: 0.01);
        Assert.Equal("2026-03-17T17:00:00", await page.EvaluateAsync<string>(
            "async () => (await import('/js/gantt/dates.js')).formatIso(g.model.wbs.get(11).finish)"));
        // The old position stays outlined so the planner sees what moved.
        Assert.Equal("#7c3aed", await page.PixelAsync((before.Left + before.Right) / 2, before.Top - 1.5));
        await page.CloseContextAsync();
    }
}
