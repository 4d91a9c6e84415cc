using System.Globalization;
using Gantry.BrowserTests.Gantt;
using Microsoft.Playwright;

namespace Gantry.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Gantry.Bench -- gantt`: the Gantt renderer in headless
/// Debian Chromium, fed the P6 oracle's 3,994 activities and a generated 10,000. Measures the
/// first full draw after setData, the redraw after update() of one activity, and frame times
/// while scrolling. The page and scripts are served from src/Gantry.Web/wwwroot by Playwright's
/// router, so no app server is needed.
/// </summary>
public static class GanttBench
{
    private const string Origin = "http://gantt.bench";

    public static async Task RunAsync()
    {
        var wwwroot = FindWwwroot();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, load average {File.ReadAllText("/proc/loadavg").Trim()}"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Console.WriteLine($"Chromium {browser.Version}, viewport 1600x900, chart container 1580x860");
        await MeasureAsync(browser, wwwroot, "P6 oracle, 3,994 activities", OracleGanttPayload.Load());
        await MeasureAsync(browser, wwwroot, "generated, 10,000 activities", GanttPayloads.Generated(10_000));
    }

    private static async Task MeasureAsync(IBrowser browser, string wwwroot, string name, GanttSchedule schedule)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 900 } });
        await page.RouteAsync(Origin + "/**", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            if (path == "/")
            {
                await route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html; charset=utf-8", Body = Page });
                return;
            }

            var file = Path.GetFullPath(Path.Combine(wwwroot, path.TrimStart('/')));
            var found = file.StartsWith(wwwroot, StringComparison.Ordinal) && File.Exists(file);
            await route.FulfillAsync(found
                ? new RouteFulfillOptions { Path = file, ContentType = file.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript" }
                : new RouteFulfillOptions { Status = 404 });
        });
        await page.GotoAsync(Origin + "/");
        await page.WaitForFunctionAsync("() => window.GantryGantt !== undefined");
        await page.EvaluateAsync("() => { window.g = GantryGantt.create(document.getElementById('chart'), { today: '2026-03-10T12:00:00' }); }");

        var json = schedule.ToJson();
        // setData: parse of the payload, model, summaries and the first full paint (synchronous),
        // then the frame the browser presents it in.
        var load = await page.EvaluateAsync<double[]>("""
            async json => {
              const out = [];
              for (let i = 0; i < 7; i++) {
                const t0 = performance.now();
                const payload = JSON.parse(json);
                const parsed = performance.now();
                g.setData(payload);
                const t1 = performance.now();
                await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
                out.push(t1 - parsed, performance.now() - t0, parsed - t0, g.stats.modelMs, g.stats.lastDrawMs);
              }
              return out;
            }
            """, json);
        // The first of the seven runs warms the JIT up and is left out.
        var sync = load.Where((_, i) => i % 5 == 0).Skip(1).ToArray();
        var presented = load.Where((_, i) => i % 5 == 1).Skip(1).ToArray();
        var parse = load.Where((_, i) => i % 5 == 2).Skip(1).ToArray();
        var model = load.Where((_, i) => i % 5 == 3).Skip(1).ToArray();
        var paint = load.Where((_, i) => i % 5 == 4).Skip(1).ToArray();

        var update = await page.EvaluateAsync<double[]>("""
            () => {
              const out = [];
              const ids = [...g.model.activities.keys()];
              for (let i = 0; i < 40; i++) {
                const a = g.model.activities.get(ids[(i * 97) % ids.length]);
                g.scrollToActivity(a.id);
                const day = 86400000, iso = t => new Date(t).toISOString().slice(0, 19);
                const t0 = performance.now();
                g.update([{ id: a.id, start: iso(a.start + day), finish: iso(a.finish + day) }]);
                out.push(performance.now() - t0);
              }
              return out;
            }
            """);

        var scroll = await page.EvaluateAsync<double[]>("""
            async () => {
              g.scroller.scrollTop = 0;
              await new Promise(r => requestAnimationFrame(r));
              const frames = [], draws = [];
              let last = performance.now();
              for (let i = 0; i < 600; i++) {
                g.scroller.scrollTop += 52;
                if (i % 50 === 0) g.scroller.scrollLeft += 200;
                await new Promise(r => requestAnimationFrame(r));
                await new Promise(r => requestAnimationFrame(r));
                const now = performance.now();
                frames.push((now - last) / 2);
                draws.push(g.stats.lastDrawMs);
                last = now;
              }
              return [...frames, ...draws, g.scroller.scrollTop / 26, g.stats.rowsPainted];
            }
            """);
        var frames = scroll.Take(600).ToArray();
        var draws = scroll.Skip(600).Take(600).ToArray();

        Console.WriteLine($"{name}: {schedule.Activities.Count:N0} activities, {schedule.Links.Count:N0} links, rows painted per frame {scroll[^1]:F0}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  JSON.parse of the {json.Length / 1024:N0} KB payload {Median(parse):F1} ms; setData to first full draw: median {Median(sync):F1} ms (max {sync.Max():F1}; rows, summaries and links {Median(model):F1} ms, first paint {Median(paint):F1} ms); parse + setData until the frame is presented {Median(presented):F1} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  update() of one activity and redraw: median {Median(update):F2} ms, p95 {P95(update):F2} ms, max {update.Max():F2} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  scrolling 600 frames to row {scroll[^2]:F0}: frame median {Median(frames):F1} ms, p95 {P95(frames):F1} ms, max {frames.Max():F1} ms, over 20 ms {frames.Count(f => f > 20)}; paint median {Median(draws):F2} ms, p95 {P95(draws):F2} ms"));
        await page.CloseAsync();
    }

    private const string Page = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/css/gantt.css"></head>
        <body style="margin:0"><div id="chart" style="width:1580px;height:860px"></div>
        <script type="module" src="/js/gantt/gantt.js"></script></body></html>
        """;

    private static double Median(double[] values) => values.Order().ElementAt(values.Length / 2);

    private static double P95(double[] values) => values.Order().ElementAt((int)Math.Min(values.Length - 1, Math.Ceiling(values.Length * 0.95) - 1));

    private static string FindWwwroot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Gantry.Web", "wwwroot");
            if (Directory.Exists(Path.Combine(candidate, "js", "gantt")))
            {
                return candidate + Path.DirectorySeparatorChar;
            }
        }

        throw new DirectoryNotFoundException("src/Gantry.Web/wwwroot/js/gantt was not found above the bench's folder.");
    }
}
