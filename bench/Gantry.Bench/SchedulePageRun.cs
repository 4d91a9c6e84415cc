using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace Gantry.Bench;

/// <summary>
/// <c>schedule-page [runs]</c>: the schedule page of the real web app in headless Debian Chromium.
/// Imports the P6 oracle file (3,994 activities) and a generated 10,000-activity XER into a fresh
/// database (<see cref="BenchDatabase"/>), starts Gantry.Web on it as its own process, signs in and
/// measures: time to usable (navigation start until the chart has drawn its rows and the page takes
/// a click that selects an activity), the edit round trip (duration changed in the detail panel
/// until the moved list and the redraw are on screen, with the server's share of it) and frame times
/// while scrolling the 10,000-activity chart. Medians of <c>runs</c> runs after one warm-up.
/// </summary>
public static class SchedulePageRun
{
    private const string Password = "Bench-Password-1";
    private const string Chart = "document.getElementById('schedule-gantt').gantryGantt";

    /// <summary>Records when the chart container stops being busy, from before any page script runs.</summary>
    private const string UsableProbe = """
        window.__usableAt = null;
        new MutationObserver((_, observer) => {
          const c = document.getElementById('schedule-gantt');
          if (c && c.getAttribute('aria-busy') === 'false' && c.gantryGantt && c.gantryGantt.stats.rowsPainted > 0) {
            window.__usableAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'], childList: true });
        """;

    public static async Task RunAsync(int runs)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, load average {File.ReadAllText("/proc/loadavg").Trim()}"));
        await using var database = await BenchDatabase.CreateAsync(Password);
        var oracle = await database.ImportAsync("ORACLE", XerBenchmarks.FindOracleProgramme());
        var generatedFile = Path.Combine(Path.GetTempPath(), "gantry-bench-10000-" + Guid.NewGuid().ToString("N") + ".xer");
        LargeXerFile.Write(generatedFile, 10_000, 2, 7);
        var generated = await database.ImportAsync("GEN10K", generatedFile);
        File.Delete(generatedFile);

        using var server = WebAppProcess.Start(database.Provider, database.ConnectionString, Password);
        await server.WaitUntilUpAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Console.WriteLine($"Chromium {browser.Version}, viewport 1600x1000, database {database.Provider}");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseUrl, Locale = "en-GB", ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
        });
        context.SetDefaultTimeout(180_000);
        context.SetDefaultNavigationTimeout(180_000);
        await context.AddInitScriptAsync(UsableProbe);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.FillAsync("#Input_Login", "admin");
        await page.FillAsync("#Input_Password", Password);
        await page.ClickAsync("[data-testid=signin-submit]");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        await MeasureOpenAndEditAsync(page, oracle, "P6 oracle", runs);
        await MeasureOpenAndEditAsync(page, generated, "generated 10,000", runs);
        await MeasureScrollAsync(page, generated);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average at the end {File.ReadAllText("/proc/loadavg").Trim()}"));
    }

    private static async Task MeasureOpenAndEditAsync(IPage page, Guid projectId, string name, int runs)
    {
        var usable = new List<double>();
        var firstClick = new List<double>();
        var payload = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var payloadWatch = Stopwatch.StartNew();
            var response = page.WaitForResponseAsync(r => r.Url.EndsWith($"/api/v1/projects/{projectId}/schedule", StringComparison.Ordinal) && r.Request.Method == "GET");
            await page.GotoAsync($"/projects/{projectId}/schedule", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
            await (await response).FinishedAsync();
            payloadWatch.Stop();
            await page.WaitForFunctionAsync("() => window.__usableAt !== null");
            var drawn = await page.EvaluateAsync<double>("() => window.__usableAt");
            // Accepts input: a click on a bar selects its activity and fills the detail panel.
            var target = await page.EvaluateAsync<string[]>(FirstTaskBar);
            var clickWatch = Stopwatch.StartNew();
            await page.Mouse.ClickAsync(float.Parse(target[0], CultureInfo.InvariantCulture), float.Parse(target[1], CultureInfo.InvariantCulture));
            await page.WaitForFunctionAsync("code => { const f = document.querySelector('[data-testid=detail-form]'); return !f.hidden && document.querySelector('[data-testid=detail-code]').value === code; }",
                target[2], new PageWaitForFunctionOptions { PollingInterval = 5 });
            var clicked = clickWatch.Elapsed.TotalMilliseconds;
            if (i > 0)
            {
                // The first visit compiles the page and warms the server and the browser up; it is left out.
                usable.Add(drawn);
                firstClick.Add(clicked);
                payload.Add(payloadWatch.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: time to usable (navigation start → rows drawn) median {Median(usable):F0} ms (min {usable.Min():F0}, max {usable.Max():F0}); then the first click selects in {Median(firstClick):F0} ms; schedule document request done after {Median(payload):F0} ms"));

        var roundTrips = new List<double>();
        var serverTimes = new List<double>();
        var moved = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var response = page.WaitForResponseAsync(r => r.Request.Method == "PATCH");
            var result = await page.EvaluateAsync<double[]>(EditDuration, i % 2 == 0 ? "+1" : "-1");
            var patch = await response;
            var timing = patch.Request.Timing;
            if (i > 0)
            {
                roundTrips.Add(result[0]);
                moved.Add(result[1]);
                serverTimes.Add(timing.ResponseStart - timing.RequestStart);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: edit round trip (save click → moved list and chart redrawn, frame presented) median {Median(roundTrips):F0} ms (min {roundTrips.Min():F0}, max {roundTrips.Max():F0}); server time to first byte median {Median(serverTimes):F0} ms; moved per edit median {Median(moved):F0}"));
        await MeasureTableEditAsync(page, projectId, name, runs);
    }

    /// <summary>
    /// A duration typed into the activity table's cell and Enter, until the table has saved and
    /// redrawn the answer's rows (one frame presented); also counts schedule document loads, which should be none.
    /// </summary>
    private static async Task MeasureTableEditAsync(IPage page, Guid projectId, string name, int runs)
    {
        var documentLoads = 0;
        void Count(object? sender, IRequest r)
        {
            if (r.Method == "GET" && r.Url.EndsWith($"/api/v1/projects/{projectId}/schedule", StringComparison.Ordinal))
            {
                documentLoads++;
            }
        }

        page.Request += Count;
        var roundTrips = new List<double>();
        var serverTimes = new List<double>();
        // The same activity every time: Enter moves the table's selection on to the next row.
        var activityId = await page.EvaluateAsync<string>($"() => [...{Chart}.selection][0]");
        for (var i = 0; i <= runs; i++)
        {
            var cell = await page.EvaluateAsync<double[]>(DurationCell, activityId);
            await page.Mouse.DblClickAsync((float)cell[0], (float)cell[1]);
            var editor = await page.WaitForSelectorAsync("[data-testid=cell-editor]");
            var shown = double.Parse(await editor!.InputValueAsync(), CultureInfo.InvariantCulture);
            await page.Keyboard.PressAsync("Control+a");
            await page.Keyboard.TypeAsync((shown + (i % 2 == 0 ? 1 : -1)).ToString(CultureInfo.InvariantCulture));
            await page.EvaluateAsync("() => document.addEventListener('keydown', e => { if (e.key === 'Enter') window.__enterAt = performance.now(); }, { capture: true, once: true })");
            var response = page.WaitForResponseAsync(r => r.Request.Method == "PATCH");
            await page.Keyboard.PressAsync("Enter");
            var elapsed = await page.EvaluateAsync<double>($$"""
                async () => {
                  const t = {{Table}};
                  let q;
                  do { q = t.queue; await q; } while (q !== t.queue);
                  await new Promise(r => requestAnimationFrame(r));
                  return performance.now() - window.__enterAt;
                }
                """);
            var timing = (await response).Request.Timing;
            if (i > 0)
            {
                roundTrips.Add(elapsed);
                serverTimes.Add(timing.ResponseStart - timing.RequestStart);
            }
        }

        page.Request -= Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: table edit (duration typed, Enter → rows patched and redrawn, frame presented) median {Median(roundTrips):F0} ms (min {roundTrips.Min():F0}, max {roundTrips.Max():F0}); server time to first byte median {Median(serverTimes):F0} ms; schedule document loads {documentLoads}"));
    }

    private const string Table = "document.getElementById('schedule-gantt').activityTable";

    /// <summary>Brings an activity's duration cell into view; answers the cell's centre, where a user double-clicks.</summary>
    private const string DurationCell = $$"""
        async id => {
          const g = {{Chart}};
          g.scrollToActivity(id);
          g.setActiveCell(id, 'duration');
          await new Promise(r => requestAnimationFrame(r));
          const b = g.cellBox(id, 'duration');
          return [b.left + b.width / 2, b.top + b.height / 2];
        }
        """;

    private static async Task MeasureScrollAsync(IPage page, Guid projectId)
    {
        await page.GotoAsync($"/projects/{projectId}/schedule");
        await page.WaitForFunctionAsync("() => window.__usableAt !== null");
        var scroll = await page.EvaluateAsync<double[]>($$"""
            async () => {
              const g = {{Chart}};
              g.scroller.scrollTop = 0;
              await new Promise(r => requestAnimationFrame(r));
              const frames = [];
              let last = performance.now();
              for (let i = 0; i < 600; i++) {
                g.scroller.scrollTop += 52;
                if (i % 50 === 0) g.scroller.scrollLeft += 200;
                await new Promise(r => requestAnimationFrame(r));
                const now = performance.now();
                frames.push(now - last);
                last = now;
              }
              return [...frames, g.model.rows.length];
            }
            """);
        var frames = scroll.Take(600).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated 10,000 on the schedule page ({scroll[^1]:F0} rows): scrolling 600 frames, frame median {Median(frames):F1} ms, p95 {P95(frames):F1} ms, max {frames.Max():F1} ms, over 33 ms {frames.Count(f => f > 33)}"));
    }

    /// <summary>Scrolls the first not-started task into view; answers where its bar is and its code.</summary>
    private const string FirstTaskBar = $$"""
        async () => {
          const g = {{Chart}};
          const a = g.payload.activities.find(x => x.type === 'Task' && x.actualStart === null && x.originalDurationMinutes > 0);
          g.scrollToActivity(a.id);
          await new Promise(r => requestAnimationFrame(r));
          const b = g.barBox(a.id);
          return [String((b.left + Math.min(b.right, b.left + 40)) / 2), String((b.top + b.bottom) / 2), a.code];
        }
        """;

    /// <summary>Adds or takes a day off the selected activity's duration, saves, and waits for the answer to be drawn.</summary>
    private const string EditDuration = """
        async delta => {
          const input = document.querySelector('[data-testid=detail-duration]');
          const message = document.querySelector('[data-testid=detail-message]');
          message.textContent = '';
          input.value = String(Number(input.value) + Number(delta));
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
          const t0 = performance.now();
          document.querySelector('[data-testid=detail-save]').click();
          while (message.textContent === '') {
            await new Promise(r => setTimeout(r, 1));
          }
          await new Promise(r => requestAnimationFrame(r));
          return [performance.now() - t0, document.querySelectorAll('[data-testid=moved-item]').length];
        }
        """;

    private static double Median(IReadOnlyCollection<double> values) => values.Order().ElementAt(values.Count / 2);

    private static double P95(double[] values) => values.Order().ElementAt((int)Math.Min(values.Length - 1, Math.Ceiling(values.Length * 0.95) - 1));

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
