namespace Gantry.BrowserTests.Gantt;

/// <summary>
/// A blank page on the server's origin with one container, the chart's stylesheet and
/// /js/gantt/gantt.js loaded as the schedule page will load them; `window.g` is the chart and
/// `window.events` collects every gantt:* event it raised.
/// </summary>
public static class GanttPage
{
    public const string Html = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/css/gantt.css"></head>
        <body style="margin:0">
          <div id="chart" style="width:1200px;height:600px"></div>
          <script type="module" src="/js/gantt/gantt.js"></script>
        </body></html>
        """;

    public static async Task<IPage> OpenAsync(GantryServer server, string optionsJson = "{ today: '2026-03-10T12:00:00' }",
        float deviceScaleFactor = 1)
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            DeviceScaleFactor = deviceScaleFactor,
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var url = server.BaseUrl + "/gantt-test-page";
        await page.RouteAsync(url, route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html; charset=utf-8", Body = Html }));
        var errors = new List<string>();
        page.PageError += (_, message) => errors.Add(message);
        await page.GotoAsync(url);
        await page.WaitForFunctionAsync("() => window.GantryGantt !== undefined");
        Assert.Empty(errors);
        await page.EvaluateAsync($$"""
            () => {
              const c = document.getElementById('chart');
              window.events = [];
              for (const name of ['gantt:bar-moved', 'gantt:bar-resized', 'gantt:link-created', 'gantt:select'])
                c.addEventListener(name, e => window.events.push({ name, detail: e.detail }));
              window.g = GantryGantt.create(c, {{optionsJson}});
            }
            """);
        return page;
    }

    public static async Task SetDataAsync(this IPage page, GanttSchedule schedule) =>
        await page.EvaluateAsync("json => g.setData(JSON.parse(json))", schedule.ToJson());

    /// <summary>The chart-coordinate x of an instant, read back from a client x (bar area origin = 0).</summary>
    public static async Task<double> ChartXAsync(this IPage page, double clientX) =>
        await page.EvaluateAsync<double>("x => x - g.body.getBoundingClientRect().left + g.scroller.scrollLeft", clientX);

    public static async Task<BarBox> BarBoxAsync(this IPage page, int id) =>
        await page.EvaluateAsync<BarBox>("id => g.barBox(id)", id);

    /// <summary>The colour painted on the bar layer at a client point, as #rrggbb.</summary>
    public static async Task<string> PixelAsync(this IPage page, double clientX, double clientY) =>
        await page.EvaluateAsync<string>("""
            ([x, y]) => {
              const c = g.mainLayer, r = c.getBoundingClientRect(), k = c.width / r.width;
              const d = c.getContext('2d').getImageData(Math.floor((x - r.left) * k), Math.floor((y - r.top) * k), 1, 1).data;
              return '#' + [d[0], d[1], d[2]].map(v => v.toString(16).padStart(2, '0')).join('');
            }
            """, new[] { clientX, clientY });
}

/// <summary>A bar as <c>g.barBox(id)</c> reports it, in client pixels.</summary>
public sealed class BarBox
{
    public double Left { get; set; }
    public double Right { get; set; }
    public double Top { get; set; }
    public double Bottom { get; set; }
    public int Row { get; set; }
    public string Color { get; set; } = string.Empty;

    public double MiddleY => (Top + Bottom) / 2;
}
