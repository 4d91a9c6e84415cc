using static Gantry.BrowserTests.ActivityTable.ActivityTablePage;

namespace Gantry.BrowserTests.ActivityTable;

/// <summary>Issue 5's journey: a planner builds a 10-activity schedule by typing into the table and sees the critical path.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BuildScheduleInTheTableTests(GantryServer server)
{
    // Working days Mon–Fri, 08:00–17:00, from Monday 1 March 2027 (no holiday in March):
    // A1000 3d 1–3 Mar; A1010 FS 5d 4–10; A1020 SS+2d 4d 8–11; A1030 FF 3d 9–11; A1040 FS 2d 12–15;
    // A1050 FS 5d 16–22; A1060 FS from A1000 6d 4–11 (7 days of float); A1070 FS from A1050 and A1060 2d 23–24;
    // A1080 SF from A1070 1d (finishes by A1070's start); A1090 FS 1d 25 Mar → the project finishes 25 Mar 17:00.
    private static readonly (string Name, string Days, string Predecessors)[] Plan =
    [
        ("场地准备 Site setup", "3", ""),
        ("土方开挖 Excavation", "5", "A1000"),
        ("基础施工 Foundations", "4", "A1010SS+2d"),
        ("模板 Formwork", "3", "A1020FF"),
        ("浇筑 Concrete pour", "2", "A1030FS"),
        ("养护 Curing", "5", "A1040"),
        ("管线 Utilities", "6", "A1000FS"),
        ("回填 Backfill", "2", "A1050, A1060"),
        ("围挡拆除 Fence removal", "1", "A1070SF"),
        ("移交 Handover", "1", "A1070FS"),
    ];

    private static string[] Tokens(string text) => [.. text.Split(", ").Order(StringComparer.Ordinal)];

    private static async Task WaitForNewRowEditorAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => { const e = document.querySelector('[data-testid=cell-editor]'); return e && e.value === 'New activity'; }");

    [Fact]
    public async Task APlannerTypesTenActivitiesWithAllFourLinkTypesAndSeesTheCriticalPath()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1600, height: 1000);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await NewProjectScheduleAsync(page);
        Assert.Empty(await CodesAsync(page));

        await page.ClickAsync("[data-testid=table-insert]");
        foreach (var (name, days, predecessors) in Plan)
        {
            await WaitForNewRowEditorAsync(page);
            await page.Keyboard.TypeAsync(name);
            await page.Keyboard.PressAsync("Tab");          // name → duration
            await page.Keyboard.TypeAsync(days);
            await page.Keyboard.PressAsync("Tab");          // duration → predecessors
            if (predecessors.Length > 0)
            {
                await page.Keyboard.TypeAsync(predecessors);
                await page.Keyboard.PressAsync("Enter");
            }

            if (name != Plan[^1].Name)
            {
                await page.Keyboard.PressAsync("Insert");
            }
        }

        await WaitIdleAsync(page);
        Assert.Equal("Saved; the schedule was recalculated.", (await MessageAsync(page)).Trim());
        Assert.Equal(["A1000", "A1010", "A1020", "A1030", "A1040", "A1050", "A1060", "A1070", "A1080", "A1090"], await CodesAsync(page));
        Assert.Equal("A1010SS+2d", await CellTextAsync(page, "A1020", "predecessors"));
        Assert.Equal(["A1050FS", "A1060FS"], Tokens(await CellTextAsync(page, "A1070", "predecessors")));
        Assert.Equal(["A1080SF", "A1090FS"], Tokens(await CellTextAsync(page, "A1070", "successors")));
        var durations = await page.EvaluateAsync<string[]>($"() => {Chart}.payload.activities.map(a => a.code + ':' + a.originalDurationMinutes / 480)");
        Assert.Equal(Plan.Select((p, i) => $"A{1000 + 10 * i}:{p.Days}"), durations.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(4, await page.EvaluateAsync<int>($"() => new Set({Chart}.payload.links.map(l => l.type)).size"));

        // The critical path: the chain through SS, FF and FS; the utilities run has float, the fence removal hangs off the end.
        var critical = await page.EvaluateAsync<string[]>($"() => [...{Chart}.model.activities.values()].filter(a => a.critical).map(a => a.code).sort()");
        // A1080 hangs off the end by its SF link: whether it is critical is the engine's open-end rule, not the table's.
        Assert.Equal(["A1000", "A1010", "A1020", "A1030", "A1040", "A1050", "A1070", "A1090"], critical.Where(c => c != "A1080").ToArray());
        Assert.DoesNotContain("A1060", critical);
        Assert.Equal("7", await CellTextAsync(page, "A1060", "totalFloat"));
        Assert.Equal("Yes", await CellTextAsync(page, "A1050", "critical"));
        Assert.Equal("", await CellTextAsync(page, "A1060", "critical"));
        string red = await page.EvaluateAsync<string>($"() => {{ const g = {Chart}; const a = [...g.model.activities.values()].find(x => x.code === 'A1040'); g.scrollToActivity(a.id); return g.barBox(a.id).color; }}");
        Assert.Equal("#d93a3a", red);
        Assert.Contains("Project finish 2027-03-25 17:00", await page.InnerTextAsync("[data-testid=schedule-facts]"), StringComparison.Ordinal);
        Assert.Equal("2027-03-08", await CellTextAsync(page, "A1020", "start"));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task ABadPredecessorTokenIsNamedAndAFixedOneReschedulesAndShowsWhatMoved()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1600, height: 1000);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await NewProjectScheduleAsync(page, ("A1000", "Piling", 4), ("A1010", "Pile caps", 3));

        var (x, y) = await CellCentreAsync(page, "A1010", "predecessors");
        await page.Mouse.DblClickAsync(x, y);
        await page.WaitForSelectorAsync("[data-testid=cell-editor]");
        await page.Keyboard.TypeAsync("A1000XX+2d, A9999");
        await page.Keyboard.PressAsync("Enter");
        await WaitIdleAsync(page);
        Assert.Contains("'A1000XX+2d': there is no activity with that code.", await MessageAsync(page), StringComparison.Ordinal);
        Assert.Equal("", await CellTextAsync(page, "A1010", "predecessors"));

        (x, y) = await CellCentreAsync(page, "A1010", "predecessors");
        await page.Mouse.ClickAsync(x, y);
        await page.Keyboard.PressAsync("F2");
        await page.Keyboard.PressAsync("Escape");       // Esc leaves the cell as it was
        await page.Keyboard.TypeAsync("A1000FS+1d");
        await page.Keyboard.PressAsync("Enter");
        await WaitIdleAsync(page);

        Assert.Equal("A1000FS+1d", await CellTextAsync(page, "A1010", "predecessors"));
        Assert.Equal("2027-03-08", await CellTextAsync(page, "A1010", "start"));
        Assert.Contains("A1010", await page.InnerTextAsync("[data-testid=moved-list]"), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>($"() => {{ const g = {Chart}; return [...g.moved.keys()].some(id => g.model.activities.get(id).code === 'A1010'); }}"));
        await page.CloseContextAsync();
    }
}
