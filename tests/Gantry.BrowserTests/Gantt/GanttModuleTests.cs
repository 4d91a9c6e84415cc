namespace Gantry.BrowserTests.Gantt;

/// <summary>The renderer's pure parts, imported as the browser loads them: routing, scale labels, errors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GanttModuleTests(GantryServer server)
{
    [Fact]
    public async Task FinishToStartRunsStraightWhenThereIsRoomAndAroundTheRowBoundaryWhenNot()
    {
        var page = await GanttPage.OpenAsync(server);
        var routes = await page.EvaluateAsync<double[][]>("""
            async () => {
              const m = await import('/js/gantt/link-router.js');
              const pred = { x0: 0, x1: 100, y0: 5, y1: 16 };
              return [m.routeLink('FS', pred, { x0: 200, x1: 300, y0: 31, y1: 42 }).points,
                      m.routeLink('FS', pred, { x0: 50, x1: 300, y0: 31, y1: 42 }).points,
                      [m.routeLink('FF', pred, { x0: 50, x1: 300, y0: 31, y1: 42 }).arrow]];
            }
            """);
        Assert.Equal([100, 10.5, 108, 10.5, 108, 36.5, 200, 36.5], routes[0]);
        // The successor starts before the predecessor finishes: drop to the row boundary (y 23.5), run back.
        Assert.Equal([100, 10.5, 108, 10.5, 108, 23.5, 42, 23.5, 42, 36.5, 50, 36.5], routes[1]);
        Assert.Equal([-1], routes[2]);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task TimeScaleLabelsFollowTheLocale()
    {
        var page = await GanttPage.OpenAsync(server);
        var labels = await page.EvaluateAsync<string[]>("""
            async () => {
              const { TimeScale } = await import('/js/gantt/time-scale.js');
              const t = Date.UTC(2026, 2, 2, 8);
              const zh = new TimeScale('month', t, t + 1e10, 'zh-Hans'), en = new TimeScale('month', t, t + 1e10, 'en-US');
              const zhDay = new TimeScale('day', t, t + 1e10, 'zh-Hans'), enQ = new TimeScale('quarter', t, t + 1e10, 'en');
              return [zh.label('year', t), zh.label('month', t), en.label('year', t), en.label('month', t),
                      zhDay.label('month', t), zhDay.label('day', t), enQ.label('quarter', t), zh.label('quarter', t)];
            }
            """);
        Assert.Equal(["2026年", "3月", "2026", "Mar", "2026年3月", "2", "Q1", "第1季度"], labels);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task ChineseLocaleUsesChineseColumnTitlesUnlessThePageGivesItsOwn()
    {
        var page = await GanttPage.OpenAsync(server, "{ locale: 'zh-Hans', text: { totalFloat: '总时差' } }");
        var text = await page.EvaluateAsync<string[]>("() => [g.text.start, g.text.finish, g.text.totalFloat, g.text.days]");
        Assert.Equal(["开始", "完成", "总时差", "天"], text);
        await page.CloseContextAsync();
    }

    [Theory]
    [InlineData("p.activities[1].finish = '2026-13-01T08:00:00'", "activities[1] (A1020).finish: '2026-13-01T08:00:00' is not a valid calendar date")]
    [InlineData("p.activities[0].start = 'soon'", "activities[0] (A1010).start: 'soon' is not a date of the form yyyy-MM-ddTHH:mm:ss")]
    [InlineData("p.activities[2].type = 'Hammock'", "activities[2] (M1): type 'Hammock' is not one of")]
    [InlineData("p.links[0].predecessorId = 99", "links[0]: predecessorId 99 is not an activity of the payload")]
    [InlineData("p.links[1].type = 'XX'", "links[1]: type 'XX' is not one of FS, SS, FF, SF")]
    [InlineData("p.wbs[1].parentId = 77", "wbs 1.1: parentId 77 is not in the payload")]
    [InlineData("p.calendar = { workDays: [1, 8] }", "calendar.workDays[1]: 8 is not a weekday")]
    [InlineData("p.activities[0].id = ''", "activities[0] (A1010): id must be a number or a non-empty string")]
    public async Task BadPayloadsAreRefusedWithAMessageNamingTheRecordAndField(string change, string message)
    {
        var page = await GanttPage.OpenAsync(server);
        var error = await page.EvaluateAsync<string>($$"""
            json => { const p = JSON.parse(json); {{change}};
              try { g.setData(p); return 'accepted'; } catch (e) { return e.message; } }
            """, GanttPayloads.Small().ToJson());
        Assert.StartsWith(message, error, StringComparison.Ordinal);
        // The chart keeps what it showed before.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => g.model.rows.length"));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task GuidStringIdsAsTheStoreSendsThemAreDrawnLikeNumbers()
    {
        var page = await GanttPage.OpenAsync(server);
        var result = await page.EvaluateAsync<double[]>("""
            json => {
              const p = JSON.parse(json);
              const guid = n => n === null || n === undefined ? n : `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
              p.wbs.forEach(w => { w.id = guid(w.id); w.parentId = guid(w.parentId); });
              p.activities.forEach(a => { a.id = guid(a.id); a.wbsId = guid(a.wbsId); });
              p.links.forEach(l => { l.id = guid(l.id); l.predecessorId = guid(l.predecessorId); l.successorId = guid(l.successorId); });
              g.setData(p);
              const first = p.activities[0].id;
              return [g.model.rows.length, p.activities.length + p.wbs.length, g.barBox(first) ? 1 : 0, g.stats.linksPainted, p.links.length];
            }
            """, GanttPayloads.Small().ToJson());
        Assert.Equal(result[1], result[0]);
        Assert.Equal(1, result[2]);
        Assert.Equal(result[4], result[3]);
        await page.CloseContextAsync();
    }
}
