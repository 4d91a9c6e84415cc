namespace Gantry.BrowserTests.Gantt;

/// <summary>Bars, lines and colours land where their dates say, read back from the painted pixels.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GanttBarTests(GantryServer server)
{
    // The small schedule's chart starts one month before its first month: 2026-02-01 00:00.
    private static readonly DateTime Origin = new(2026, 2, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private static double ExpectedX(string iso, double pxPerDay) =>
        (DateTime.Parse(iso, System.Globalization.CultureInfo.InvariantCulture) - Origin).TotalDays * pxPerDay;

    [Theory]
    [InlineData("hour", 768.0)]
    [InlineData("day", 32.0)]
    [InlineData("week", 10.0)]
    [InlineData("month", 3.5)]
    [InlineData("quarter", 1.2)]
    [InlineData("year", 0.45)]
    public async Task BarsSitAtTheXOfTheirDatesAtEveryZoom(string zoom, double pxPerDay)
    {
        var page = await GanttPage.OpenAsync(server);
        await page.SetDataAsync(GanttPayloads.Small());
        await page.EvaluateAsync("z => { g.setZoom(z); g.scrollToActivity(2); }", zoom);

        var bar = await page.BarBoxAsync(2);
        Assert.Equal(ExpectedX("2026-03-09T08:00:00", pxPerDay), await page.ChartXAsync(bar.Left), tolerance: 0.5);
        Assert.Equal(ExpectedX("2026-03-13T17:00:00", pxPerDay), await page.ChartXAsync(bar.Right), tolerance: 0.5);
        // Where the bar is wide enough to miss the today line (10 March), its start is painted blue.
        if (bar.Right - bar.Left > 20)
        {
            Assert.Equal("#3b73c8", await page.PixelAsync(bar.Left + 2, bar.Top + 2));
        }

        await page.CloseContextAsync();
    }

    [Fact]
    public async Task CriticalBarsArePaintedRedAndOthersBlue()
    {
        var page = await GanttPage.OpenAsync(server);
        await page.SetDataAsync(GanttPayloads.Small());
        await page.EvaluateAsync("() => g.scrollToActivity(1)");

        var critical = await page.BarBoxAsync(1);
        var ordinary = await page.BarBoxAsync(2);
        Assert.Equal("#d93a3a", await page.PixelAsync((critical.Left + critical.Right) / 2, critical.Top + 2));
        Assert.Equal("#3b73c8", await page.PixelAsync((ordinary.Left + ordinary.Right) / 2, ordinary.Top + 2));
        var hit = await page.EvaluateAsync<string>("([x, y]) => g.hitTest(x, y).color", new[] { (critical.Left + critical.Right) / 2, critical.MiddleY });
        Assert.Equal("#d93a3a", hit);

        // The critical finish milestone is a red diamond centred on its finish.
        var milestone = await page.BarBoxAsync(3);
        var finishX = await page.EvaluateAsync<double>("() => g.clientX('2026-03-13T17:00:00')");
        Assert.Equal(finishX, (milestone.Left + milestone.Right) / 2, tolerance: 0.5);
        Assert.Equal("#d93a3a", await page.PixelAsync(finishX - 2, milestone.MiddleY));
        Assert.NotEqual("#d93a3a", await page.PixelAsync(finishX - 7, milestone.Top + 1));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task OnAHighDensityScreenTheCanvasHasDevicePixelsAndBarsKeepTheirPlace()
    {
        var page = await GanttPage.OpenAsync(server, deviceScaleFactor: 2);
        await page.SetDataAsync(GanttPayloads.Small());
        await page.EvaluateAsync("() => g.scrollToActivity(1)");

        var sizes = await page.EvaluateAsync<double[]>("() => [g.mainLayer.width, g.mainLayer.getBoundingClientRect().width, g.gridBody.width, g.gridBody.getBoundingClientRect().width]");
        Assert.Equal(sizes[1] * 2, sizes[0], tolerance: 1);
        Assert.Equal(sizes[3] * 2, sizes[2], tolerance: 1);
        var bar = await page.BarBoxAsync(1);
        Assert.Equal(ExpectedX("2026-03-02T08:00:00", 32), await page.ChartXAsync(bar.Left), tolerance: 0.5);
        Assert.Equal("#d93a3a", await page.PixelAsync((bar.Left + bar.Right) / 2, bar.Top + 2));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task DataDateAndTodayLinesSitAtTheirDates()
    {
        var page = await GanttPage.OpenAsync(server);
        await page.SetDataAsync(GanttPayloads.Small());
        await page.EvaluateAsync("() => g.scrollToActivity(1)");

        async Task<List<string>> ColumnAsync(string iso)
        {
            var x = await page.EvaluateAsync<double>("iso => g.clientX(iso)", iso);
            var top = await page.EvaluateAsync<double>("() => g.body.getBoundingClientRect().top");
            var colours = new List<string>();
            for (var y = 160; y < 176; y++)
            {
                colours.Add(await page.PixelAsync(Math.Round(x) + 0.5, top + y));
            }

            return colours;
        }

        Assert.All(await ColumnAsync("2026-03-02T08:00:00"), c => Assert.Equal("#2563eb", c));
        var today = await ColumnAsync("2026-03-10T12:00:00");
        Assert.Contains("#f08c00", today);
        Assert.DoesNotContain("#2563eb", today);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task BaselineSitsUnderTheBarAndFloatRunsFromEarlyToLateFinish()
    {
        var page = await GanttPage.OpenAsync(server);
        await page.SetDataAsync(GanttPayloads.Small());
        await page.EvaluateAsync("() => { g.scroller.scrollLeft = g.clientX('2026-03-03T00:00:00') - g.clientX('2026-02-01T00:00:00'); g.draw(); }");
        var bar = await page.BarBoxAsync(2);
        var rowTop = bar.Top - 5;

        var baselineMiddle = await page.EvaluateAsync<double>("() => g.clientX('2026-03-06T12:00:00')");
        Assert.Equal("#d4a72c", await page.PixelAsync(baselineMiddle, rowTop + 20));
        var inFloat = await page.EvaluateAsync<double>("() => g.clientX('2026-03-17T12:00:00')");
        Assert.Equal("#4c9a5e", await page.PixelAsync(inFloat, bar.MiddleY));
        var afterLateFinish = await page.EvaluateAsync<double>("() => g.clientX('2026-03-20T22:00:00')");
        Assert.NotEqual("#4c9a5e", await page.PixelAsync(afterLateFinish, bar.MiddleY));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task WeekendsAreShadedUnlessTheCalendarMakesThemWorkingDays()
    {
        var page = await GanttPage.OpenAsync(server);
        await page.SetDataAsync(GanttPayloads.Small());
        await page.EvaluateAsync("() => g.scrollToActivity(1)");
        var top = await page.EvaluateAsync<double>("() => g.body.getBoundingClientRect().top");
        var saturday = await page.EvaluateAsync<double>("() => g.clientX('2026-03-07T12:00:00')");
        var friday = await page.EvaluateAsync<double>("() => g.clientX('2026-03-05T12:00:00')");
        Assert.Equal("#f1f3f5", await page.PixelAsync(saturday, top + 200));
        Assert.Equal("#ffffff", await page.PixelAsync(friday, top + 200));

        // 调休: Saturday 7 March made a working day, Thursday 5 March a holiday.
        await page.EvaluateAsync("""
            json => { const p = JSON.parse(json); p.calendar = { workDays: [1, 2, 3, 4, 5],
              exceptions: [{ date: '2026-03-07', working: true }, { date: '2026-03-05', working: false }] };
              g.setData(p); g.scrollToActivity(1); }
            """, GanttPayloads.Small().ToJson());
        Assert.Equal("#ffffff", await page.PixelAsync(saturday, top + 200));
        Assert.Equal("#f1f3f5", await page.PixelAsync(friday, top + 200));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task WbsRowsCarrySummaryBarsOfTheirChildrenAndCollapse()
    {
        var page = await GanttPage.OpenAsync(server);
        await page.SetDataAsync(GanttPayloads.Small());
        var summary = await page.EvaluateAsync<string[]>("""
            async () => { const d = await import('/js/gantt/dates.js'); const w = g.model.wbs.get(11);
              return [d.formatIso(w.start), d.formatIso(w.finish), String(g.model.rows.length)]; }
            """);
        Assert.Equal(["2026-03-02T08:00:00", "2026-03-13T17:00:00", "6"], summary);

        // WBS 1 lists its own activities (M1, L1) first, then WBS 1.1 with A1010 and A1020, as P6 does.
        Assert.Equal(["wbs10", "activity3", "activity4", "wbs11", "activity1", "activity2"],
            await page.EvaluateAsync<string[]>("() => g.model.rows.map(r => r.kind + r.item.id)"));
        await page.EvaluateAsync("() => g.scrollToActivity(1)");
        var x = await page.EvaluateAsync<double>("() => g.clientX('2026-03-05T12:00:00')");
        var rowTop = await page.EvaluateAsync<double>("() => g.body.getBoundingClientRect().top - g.scroller.scrollTop + 3 * 26");
        Assert.Equal("#2f3640", await page.PixelAsync(x, rowTop + 8));

        await page.EvaluateAsync("() => g.toggleWbs(11)");
        Assert.Equal(4, await page.EvaluateAsync<int>("() => g.model.rows.length"));
        Assert.Null(await page.EvaluateAsync<BarBox?>("() => g.barBox(1)"));
        await page.CloseContextAsync();
    }
}
