using System.Text.Json;

namespace Gantry.BrowserTests.Gantt;

/// <summary>Drags, link drags, selection and tooltips raise what the schedule page acts on.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GanttInteractionTests(GantryServer server)
{
    private const double DayPx = 32; // day zoom

    private static async Task<IPage> OpenSmallAsync(GantryServer server)
    {
        var page = await GanttPage.OpenAsync(server);
        await page.SetDataAsync(GanttPayloads.Small());
        await page.EvaluateAsync("() => g.scrollToActivity(1)");
        return page;
    }

    private static async Task DragAsync(IPage page, double x0, double y0, double x1, double y1)
    {
        await page.Mouse.MoveAsync((float)x0, (float)y0);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)x1, (float)y1, new MouseMoveOptions { Steps = 8 });
        await page.Mouse.UpAsync();
    }

    private static async Task<JsonElement> LastEventAsync(IPage page, string name)
    {
        var json = await page.EvaluateAsync<string>("n => JSON.stringify(events.filter(e => e.name === n).map(e => e.detail))", name);
        var all = JsonDocument.Parse(json).RootElement;
        Assert.True(all.GetArrayLength() > 0, $"no {name} event was raised");
        return all[all.GetArrayLength() - 1];
    }

    [Fact]
    public async Task DraggingABarThreeDaysLaterRaisesMovedWithTheNewStartAndSameLength()
    {
        var page = await OpenSmallAsync(server);
        var bar = await page.BarBoxAsync(2);
        var x = (bar.Left + bar.Right) / 2;
        await DragAsync(page, x, bar.MiddleY, x + 3 * DayPx, bar.MiddleY);

        var moved = await LastEventAsync(page, "gantt:bar-moved");
        Assert.Equal(2, moved.GetProperty("id").GetInt32());
        Assert.Equal("2026-03-12T08:00:00", moved.GetProperty("start").GetString());
        Assert.Equal("2026-03-16T17:00:00", moved.GetProperty("finish").GetString());
        // The chart waits for the engine: its own data is unchanged until update().
        Assert.Equal(bar.Left, (await page.BarBoxAsync(2)).Left, tolerance: 0.01);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task DraggingABarsFinishRaisesResizedWithTheNewFinish()
    {
        var page = await OpenSmallAsync(server);
        var bar = await page.BarBoxAsync(1);
        await DragAsync(page, bar.Right - 2, bar.MiddleY, bar.Right - 2 + 2 * DayPx, bar.MiddleY);

        var resized = await LastEventAsync(page, "gantt:bar-resized");
        Assert.Equal(1, resized.GetProperty("id").GetInt32());
        Assert.Equal("2026-03-08T17:00:00", resized.GetProperty("finish").GetString());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => events.filter(e => e.name === 'gantt:bar-moved').length"));
        await page.CloseContextAsync();
    }

    [Theory]
    [InlineData("finish", "start", "FS")]
    [InlineData("start", "start", "SS")]
    [InlineData("finish", "finish", "FF")]
    [InlineData("start", "finish", "SF")]
    public async Task DraggingFromABarsEndOntoAnotherBarCreatesTheLinkOfThoseEnds(string fromEnd, string toEnd, string type)
    {
        var page = await OpenSmallAsync(server);
        var from = await page.BarBoxAsync(1);
        var to = await page.BarBoxAsync(2);
        var x0 = fromEnd == "finish" ? from.Right + 5 : from.Left - 5;
        var x1 = toEnd == "start" ? to.Left + (to.Right - to.Left) * 0.25 : to.Left + (to.Right - to.Left) * 0.75;
        await DragAsync(page, x0, from.MiddleY, x1, to.MiddleY);

        var link = await LastEventAsync(page, "gantt:link-created");
        Assert.Equal(1, link.GetProperty("predecessorId").GetInt32());
        Assert.Equal(2, link.GetProperty("successorId").GetInt32());
        Assert.Equal(type, link.GetProperty("type").GetString());
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task ClickCtrlClickShiftClickAndArrowKeysSelectRows()
    {
        var page = await OpenSmallAsync(server);
        async Task<int[]> SelectedAsync() => (await LastEventAsync(page, "gantt:select")).GetProperty("ids").EnumerateArray().Select(e => e.GetInt32()).Order().ToArray();
        var a1 = await page.BarBoxAsync(1);
        var a2 = await page.BarBoxAsync(2);
        var m1 = await page.BarBoxAsync(3);

        await page.Mouse.ClickAsync((float)((a1.Left + a1.Right) / 2), (float)a1.MiddleY);
        Assert.Equal(new[] { 1 }, await SelectedAsync());
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(new[] { 2 }, await SelectedAsync());
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal(new[] { 1 }, await SelectedAsync());
        await page.Keyboard.DownAsync("Control");
        await page.Mouse.ClickAsync((float)((a2.Left + a2.Right) / 2), (float)a2.MiddleY);
        await page.Keyboard.UpAsync("Control");
        Assert.Equal(new[] { 1, 2 }, await SelectedAsync());
        // Shift selects the activity rows from the last click (A1020, row 5) up to M1 (row 1).
        await page.Keyboard.DownAsync("Shift");
        await page.Mouse.ClickAsync((float)m1.Left + 6, (float)m1.MiddleY);
        await page.Keyboard.UpAsync("Shift");
        Assert.Equal(new[] { 1, 2, 3, 4 }, await SelectedAsync());
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task ClickingAWbsRowInTheGridCollapsesAndExpandsIt()
    {
        var page = await OpenSmallAsync(server);
        var grid = await page.EvaluateAsync<double[]>("() => { const r = g.gridBody.getBoundingClientRect(); return [r.left, r.top]; }");
        await page.Mouse.ClickAsync((float)grid[0] + 20, (float)grid[1] + 3 * 26 + 13);
        Assert.Equal(4, await page.EvaluateAsync<int>("() => g.model.rows.length"));
        await page.Mouse.ClickAsync((float)grid[0] + 20, (float)grid[1] + 3 * 26 + 13);
        Assert.Equal(6, await page.EvaluateAsync<int>("() => g.model.rows.length"));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task HoveringABarShowsItsDatesAndFloatInATooltip()
    {
        var page = await OpenSmallAsync(server);
        var bar = await page.BarBoxAsync(2);
        await page.Mouse.MoveAsync((float)(bar.Left + bar.Right) / 2, (float)bar.MiddleY);
        var tip = page.Locator(".gg-tooltip");
        await Assertions.Expect(tip).ToBeVisibleAsync();
        var text = await tip.InnerTextAsync();
        Assert.Contains("A1020 Formwork", text, StringComparison.Ordinal);
        Assert.Contains("2026-03-09 08:00", text, StringComparison.Ordinal);
        Assert.Contains("2026-03-13 17:00", text, StringComparison.Ordinal);
        Assert.Contains("TF", text, StringComparison.Ordinal);
        Assert.Contains("5d", text, StringComparison.Ordinal);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task CtrlWheelZoomsOutKeepingTheDateUnderThePointer()
    {
        var page = await OpenSmallAsync(server);
        var bar = await page.BarBoxAsync(2);
        await page.Mouse.MoveAsync((float)bar.Left, (float)bar.MiddleY);
        await page.Keyboard.DownAsync("Control");
        await page.Mouse.WheelAsync(0, 100);
        await page.Keyboard.UpAsync("Control");
        await page.WaitForFunctionAsync("() => g.zoom === 'week'");
        Assert.Equal(bar.Left, (await page.BarBoxAsync(2)).Left, tolerance: 1.5);
        await page.CloseContextAsync();
    }
}
