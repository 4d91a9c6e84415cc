namespace Gantry.BrowserTests.Gantt;

/// <summary>10,000 activities: the chart paints only the rows and links in view.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GanttLargeScheduleTests(GantryServer server)
{
    private static readonly string TenThousand = GanttPayloads.Generated(10_000).ToJson();

    [Fact]
    public async Task OnlyTheVisibleRowsArePaintedOfTenThousandActivities()
    {
        var page = await GanttPage.OpenAsync(server);
        await page.EvaluateAsync("json => g.setData(JSON.parse(json))", TenThousand);

        // 10,000 activities + 200 WBS rows; the 600 px container shows about 21 rows of 26 px.
        Assert.Equal(10_200, await page.EvaluateAsync<int>("() => g.model.rows.length"));
        var visibleRows = await page.EvaluateAsync<double>("() => Math.ceil(g.scroller.clientHeight / 26) + 1");
        var stats = await page.EvaluateAsync<int[]>("() => [g.stats.rowsPainted, g.stats.barsPainted, g.stats.linksPainted]");
        Assert.InRange(stats[0], 15, visibleRows);
        Assert.InRange(stats[1], 1, visibleRows);
        Assert.InRange(stats[2], 0, visibleRows * 2);

        await page.EvaluateAsync("() => g.scrollToActivity(9000)");
        var bar = await page.BarBoxAsync(9000);
        var hit = await page.EvaluateAsync<int>("([x, y]) => g.hitTest(x, y).id", new[] { (bar.Left + bar.Right) / 2, bar.MiddleY });
        Assert.Equal(9000, hit);
        var after = await page.EvaluateAsync<int[]>("() => [g.stats.rowsPainted, g.stats.barsPainted]");
        Assert.InRange(after[0], 15, visibleRows);
        Assert.InRange(after[1], 1, visibleRows);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task ScrollingRepaintsOncePerFrameWithTheNewRows()
    {
        var page = await GanttPage.OpenAsync(server);
        await page.EvaluateAsync("json => g.setData(JSON.parse(json))", TenThousand);
        var draws = await page.EvaluateAsync<int[]>("""
            async () => {
              const before = g.stats.draws;
              for (let i = 0; i < 5; i++) g.scroller.scrollTop += 1000;
              await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
              return [g.stats.draws - before, Math.floor(g.scroller.scrollTop / 26), g.stats.rowsPainted];
            }
            """);
        Assert.InRange(draws[0], 1, 2);
        Assert.Equal(192, draws[1]);
        Assert.InRange(draws[2], 15, 30);
        await page.CloseContextAsync();
    }
}
