using Gantry.BrowserTests.Gantt;

namespace Gantry.BrowserTests.ActivityTable;

/// <summary>
/// The table's modules on a blank page (no server data): link text, and the page's columns on a
/// 10,000-activity chart, where only the rows in view may cost anything.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ActivityTableModuleTests(GantryServer server)
{
    private static readonly string TenThousand = GanttPayloads.Generated(10_000).ToJson();

    private const string ParseLinks = """
        async text => {
          const { parseLinks } = await import('/js/schedule/link-text.js');
          const ids = { A1010: 1, A1020: 2, 'A1030-1': 3, A1040: 4, A1050: 5, A1060: 6, A10SS: 7, SELF: 9 };
          const messages = { badToken: t => `bad ${t}`, unknownCode: t => `unknown ${t}`, self: t => `self ${t}`, twice: t => `twice ${t}` };
          try {
            return parseLinks(text, c => ids[c.toUpperCase()], 9, 480, messages).map(l => `${l.otherId} ${l.type} ${l.lagMinutes}`).join('|');
          } catch (e) { return e.message; }
        }
        """;

    [Fact]
    public async Task LinkTextReadsTypesLagsLeadsHoursAndCodesThatLookLikeLags()
    {
        var page = await GanttPage.OpenAsync(server);
        string parsed = await page.EvaluateAsync<string>(ParseLinks, "A1010FS+2d, A1020SS； A1030-1, A1040FF-1d; A1050SF+4h, a1060, A10SS");
        Assert.Equal("1 FS 960|2 SS 0|3 FS 0|4 FF -480|5 SF 240|6 FS 0|7 FS 0", parsed);
        Assert.Equal("1 FS 720|7 SS 0", await page.EvaluateAsync<string>(ParseLinks, "A1010 +1.5天，A10SSSS"));

        Assert.Equal("unknown A9999FS", await page.EvaluateAsync<string>(ParseLinks, "A1010, A9999FS"));
        Assert.Equal("twice A1010SS", await page.EvaluateAsync<string>(ParseLinks, "A1010FS, A1010SS"));
        Assert.Equal("self SELF", await page.EvaluateAsync<string>(ParseLinks, "SELF"));
        Assert.Equal("bad FS+2d", await page.EvaluateAsync<string>(ParseLinks, "FS+2d"));
        Assert.Equal("", await page.EvaluateAsync<string>(ParseLinks, " , "));

        var formatted = await page.EvaluateAsync<string[]>("""
            async () => {
              const { formatLink } = await import('/js/schedule/link-text.js');
              return [formatLink('A1010', 'FS', 0, 480), formatLink('A1010', 'SS', 960, 480), formatLink('A1010', 'FF', -480, 480),
                formatLink('A1010', 'SF', 240, 480), formatLink('A1010', 'FS', 100, 480)];
            }
            """);
        Assert.Equal(["A1010FS", "A1010SS+2d", "A1010FF-1d", "A1010SF+4h", "A1010FS+0.21d"], formatted);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task EveryTableColumnOnTenThousandActivitiesPaintsOnlyTheRowsInView()
    {
        var page = await GanttPage.OpenAsync(server);
        await page.EvaluateAsync("json => g.setData(JSON.parse(json))", TenThousand);
        var result = await page.EvaluateAsync<double[]>("""
            async () => {
              const { allColumns } = await import('/js/schedule/table-columns.js');
              const { linkTexts } = await import('/js/schedule/link-text.js');
              const links = linkTexts(g.payload.links, id => `A${id}`, 480);
              const byId = new Map(g.payload.activities.map(a => [a.id, a]));
              const state = { t: k => k, activity: id => byId.get(id), wbsCode: () => 'W', calendars: () => [], calendarName: () => '',
                links: () => links, organisations: () => [], organisationName: () => '', people: () => [], personName: () => '',
                minutesPerDay: () => 480 };
              let calls = 0;
              const columns = allColumns(state).map(c => ({ ...c, value: (...args) => { calls++; return c.value(...args); } }));
              g.setColumns(columns);
              calls = 0;
              g.scrollToActivity(7000);
              g.draw();
              const perPaint = calls;
              const gridWidth = parseFloat(g.grid.style.width);
              return [columns.length, perPaint, g.stats.rowsPainted, gridWidth, g.gridScroll.hidden ? 0 : 1, g.scroller.clientHeight];
            }
            """);
        double columnCount = result[0], calls = result[1], rows = result[2], gridWidth = result[3];
        double visibleRows = Math.Ceiling(result[5] / 26) + 1;
        Assert.Equal(19, columnCount);
        Assert.InRange(rows, 15, visibleRows);
        // One value per shown cell per paint (the scroll and the draw: two paints at most), never per activity.
        Assert.InRange(calls, columnCount * 15, columnCount * visibleRows * 2);
        // 19 columns are wider than the 55 % of the 1,200 px chart the grid may take (its border aside): it scrolls sideways.
        Assert.Equal(660, gridWidth, 1);
        Assert.Equal(1, result[4]);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task HeaderClicksAndBorderDragsReachThePageAndSortingStaysWithinTheWbs()
    {
        var page = await GanttPage.OpenAsync(server);
        await page.EvaluateAsync("json => g.setData(JSON.parse(json))", GanttPayloads.Generated(120).ToJson());
        await page.EvaluateAsync("""
            () => {
              for (const name of ['gantt:header-click', 'gantt:column-resized'])
                g.container.addEventListener(name, e => window.events.push({ name, detail: e.detail }));
            }
            """);
        var head = await page.EvaluateAsync<double[]>("() => { const r = g.gridHead.getBoundingClientRect(); return [r.left, r.top + r.height / 2]; }");
        float y = (float)head[1];
        await page.Mouse.ClickAsync((float)head[0] + 84 + 40, y);         // the name column (code is 84 px)
        await page.Mouse.MoveAsync((float)head[0] + 84 + 210, y);        // the name column's right border
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)head[0] + 84 + 250, y, new MouseMoveOptions { Steps = 4 });
        await page.Mouse.UpAsync();
        var events = await page.EvaluateAsync<string[]>("() => events.filter(e => e.name !== 'gantt:select').map(e => e.name + ' ' + (e.detail.key) + ' ' + (e.detail.width ?? ''))");
        Assert.Equal(["gantt:header-click name ", "gantt:column-resized name 250"], events);

        // Descending by code within each work package: the WBS rows stay where they were.
        var rows = await page.EvaluateAsync<string[]>("""
            () => {
              g.setSort({ key: 'code', descending: true, compare: (a, b) => b.code.localeCompare(a.code) });
              return g.model.rows.slice(0, 3).concat(g.model.rows.slice(51, 53)).map(r => r.item.code);
            }
            """);
        Assert.Equal(["W1", "A00050", "A00049", "W2", "A00100"], rows);
        Assert.Equal("A00001", await page.EvaluateAsync<string>("() => { g.setSort(null); return g.model.rows[1].item.code; }"));
        await page.CloseContextAsync();
    }
}
