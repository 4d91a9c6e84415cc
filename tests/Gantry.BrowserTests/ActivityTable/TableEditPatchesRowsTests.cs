using static Gantry.BrowserTests.ActivityTable.ActivityTablePage;

namespace Gantry.BrowserTests.ActivityTable;

/// <summary>Issue 5: an edit typed in the table patches the rows the answer carries; the schedule document is not loaded again.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TableEditPatchesRowsTests(GantryServer server)
{
    [Fact]
    public async Task ADurationTypedInTheTableUpdatesFloatCriticalAndDatesWithoutReloadingTheDocument()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1600, height: 1000);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        var projectId = await NewProjectScheduleAsync(page, ("A1000", "Dig", 3), ("A1010", "Pour", 2), ("A1020", "Fence", 1));
        var documentLoads = 0;
        page.Request += (_, r) =>
        {
            if (r.Method == "GET" && r.Url.EndsWith($"/api/v1/projects/{projectId}/schedule", StringComparison.Ordinal))
            {
                documentLoads++;
            }
        };

        await TypeAsync(page, "A1010", "predecessors", "A1000");
        await TypeAsync(page, "A1020", "predecessors", "A1000");
        // A1020 (1 day after A1000) has a day of float behind A1010 (2 days).
        Assert.Equal("1", await CellTextAsync(page, "A1020", "totalFloat"));
        Assert.Equal("", await CellTextAsync(page, "A1020", "critical"));

        await TypeAsync(page, "A1020", "duration", "4");

        // Now A1020 drives the finish: it turns critical and A1010 gets two days of float.
        Assert.Equal("4", await CellTextAsync(page, "A1020", "duration"));
        Assert.Equal("0", await CellTextAsync(page, "A1020", "totalFloat"));
        Assert.Equal("Yes", await CellTextAsync(page, "A1020", "critical"));
        Assert.Equal("2", await CellTextAsync(page, "A1010", "totalFloat"));
        Assert.Equal("", await CellTextAsync(page, "A1010", "critical"));
        Assert.Equal("2027-03-09", await CellTextAsync(page, "A1020", "finish"));
        Assert.Contains("A1020", await page.InnerTextAsync("[data-testid=moved-list]"), StringComparison.Ordinal);
        Assert.Equal(0, documentLoads);

        // What the page patched in is what a fresh document says (dates, floats, critical flags, versions, driving links).
        var mismatches = await page.EvaluateAsync<string[]>($$"""
            async () => {
              const fresh = await (await fetch('/api/v1/projects/{{projectId}}/schedule')).json();
              const g = {{Chart}};
              const out = [];
              for (const a of fresh.activities) {
                const mine = g.payload.activities.find(x => x.id === a.id);
                for (const f of ['start', 'finish', 'earlyStart', 'lateFinish', 'totalFloatMinutes', 'freeFloatMinutes', 'critical', 'version'])
                  if (JSON.stringify(mine[f]) !== JSON.stringify(a[f])) out.push(`${a.code}.${f}: ${mine[f]} vs ${a[f]}`);
              }
              for (const l of fresh.links) {
                const mine = g.payload.links.find(x => x.id === l.id);
                if (!mine || mine.driving !== l.driving || mine.version !== l.version) out.push(`link ${l.id}`);
              }
              if (fresh.links.length !== g.payload.links.length) out.push('link count');
              return out;
            }
            """);
        Assert.Empty(mismatches);
        await page.CloseContextAsync();
    }

    private static async Task TypeAsync(IPage page, string code, string key, string text)
    {
        var (x, y) = await CellCentreAsync(page, code, key);
        await page.Mouse.DblClickAsync(x, y);
        await page.WaitForSelectorAsync("[data-testid=cell-editor]");
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.TypeAsync(text);
        await page.Keyboard.PressAsync("Enter");
        await WaitIdleAsync(page);
    }
}
