using static Gantry.BrowserTests.ActivityTable.ActivityTablePage;

namespace Gantry.BrowserTests.ActivityTable;

/// <summary>The activity table's commands: column chooser, copy and paste, delete, filters, and who may edit.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ActivityTableCommandTests(GantryServer server)
{
    private static Task<string[]> ColumnKeysAsync(IPage page) => page.EvaluateAsync<string[]>($"() => {Chart}.columns.map(c => c.key)");

    private static async Task OpenDemoScheduleAsync(IPage page)
    {
        await page.GotoAsync("/");
        string href = (await page.GetAttributeAsync(".switcher-menu a:has-text('BJHY-3')", "href"))!;
        await page.GotoAsync(href + "/schedule");
        await page.WaitForSelectorAsync("[data-testid=schedule-gantt][aria-busy=false]");
    }

    [Fact]
    public async Task AColumnHiddenInTheChooserStaysHiddenAfterAReload()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1600, height: 1000);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await OpenDemoScheduleAsync(page);
        Assert.Contains("totalFloat", await ColumnKeysAsync(page));
        Assert.DoesNotContain("successors", await ColumnKeysAsync(page));

        await page.ClickAsync("[data-testid=column-chooser]");
        await page.UncheckAsync("[data-testid=column-toggle-totalFloat]");
        await page.CheckAsync("[data-testid=column-toggle-successors]");
        await page.ClickAsync("[data-testid=column-up-successors]");
        Assert.DoesNotContain("totalFloat", await ColumnKeysAsync(page));

        await page.ReloadAsync();
        await page.WaitForSelectorAsync("[data-testid=schedule-gantt][aria-busy=false]");
        var keys = await ColumnKeysAsync(page);
        Assert.DoesNotContain("totalFloat", keys);
        Assert.Contains("successors", keys);
        Assert.False(await page.IsCheckedAsync("[data-testid=column-toggle-totalFloat]"));

        // Reset brings the defaults back.
        await page.ClickAsync("[data-testid=column-chooser]");
        await page.ClickAsync("[data-testid=column-reset]");
        Assert.Contains("totalFloat", await ColumnKeysAsync(page));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task CopyAndPasteOfTwoSelectedRowsDuplicatesThemAndDeleteRemovesThem()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1600, height: 1000);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await NewProjectScheduleAsync(page, ("A1000", "Piling", 4), ("A1010", "Pile caps", 3), ("A1020", "Ground beams", 2));

        var (x, y) = await CellCentreAsync(page, "A1000", "name");
        await page.Mouse.ClickAsync(x, y);
        (x, y) = await CellCentreAsync(page, "A1020", "name");
        await page.Keyboard.DownAsync("Control");
        await page.Mouse.ClickAsync(x, y);
        await page.Keyboard.UpAsync("Control");
        Assert.Equal(2, await page.EvaluateAsync<int>($"() => {Chart}.selection.size"));

        await page.Keyboard.PressAsync("Control+c");
        await page.Keyboard.PressAsync("Control+v");
        await page.WaitForFunctionAsync($"() => {Chart}.model.activities.size === 5");
        await WaitIdleAsync(page);
        Assert.Equal(["A1000", "A1000-1", "A1010", "A1020", "A1020-1"], (await CodesAsync(page)).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("Ground beams", await CellTextAsync(page, "A1020-1", "name"));
        Assert.Equal("2", await CellTextAsync(page, "A1020-1", "duration"));

        // Shift-click selects the range; Delete asks first, then removes the rows.
        (x, y) = await CellCentreAsync(page, "A1000", "name");
        await page.Mouse.ClickAsync(x, y);
        (x, y) = await CellCentreAsync(page, "A1010", "name");
        await page.Keyboard.DownAsync("Shift");
        await page.Mouse.ClickAsync(x, y);
        await page.Keyboard.UpAsync("Shift");
        int selected = await page.EvaluateAsync<int>($"() => {Chart}.selection.size");
        await page.Keyboard.PressAsync("Delete");
        await page.WaitForSelectorAsync("[data-testid=delete-confirm]:not([hidden])");
        Assert.Contains($"Delete {selected} activities", await page.InnerTextAsync("[data-testid=delete-question]"), StringComparison.Ordinal);
        await page.ClickAsync("[data-testid=delete-yes]");
        await page.WaitForFunctionAsync($"() => {Chart}.model.activities.size === {5 - selected}");
        await WaitIdleAsync(page);
        Assert.Contains($"{selected} activities deleted.", await MessageAsync(page), StringComparison.Ordinal);
        Assert.DoesNotContain("A1010", await CodesAsync(page));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task TabSeparatedTextFromExcelFillsNameAndDurationCellsAndAddsRowsPastTheEnd()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1600, height: 1000);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await NewProjectScheduleAsync(page, ("A1000", "Piling", 4));

        var (x, y) = await CellCentreAsync(page, "A1000", "name");
        await page.Mouse.ClickAsync(x, y);
        const string Paste = """
            () => {
              const data = new DataTransfer();
              data.setData('text/plain', TEXT);
              document.getElementById('schedule-gantt').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """;
        await page.EvaluateAsync(Paste.Replace("TEXT", "'桩基施工\\tfour\\r\\n'", StringComparison.Ordinal));
        await WaitIdleAsync(page);
        Assert.Equal("Line 1, Duration (d): 'four' is not a number of days.", (await MessageAsync(page)).Trim());
        Assert.Equal("Piling", await CellTextAsync(page, "A1000", "name"));

        await page.EvaluateAsync(Paste.Replace("TEXT", "'桩基施工\\t6\\r\\n承台\\t2.5\\r\\n'", StringComparison.Ordinal));
        await WaitIdleAsync(page);
        Assert.Equal("2 lines pasted.", (await MessageAsync(page)).Trim());
        Assert.Equal("桩基施工", await CellTextAsync(page, "A1000", "name"));
        Assert.Equal("6", await CellTextAsync(page, "A1000", "duration"));
        Assert.Equal(["A1000", "A1010"], await CodesAsync(page));
        Assert.Equal("承台", await CellTextAsync(page, "A1010", "name"));
        Assert.Equal("2.5", await CellTextAsync(page, "A1010", "duration"));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task FiltersNarrowTheTableToCriticalActivitiesAWbsBranchAndASearch()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1600, height: 1000);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await OpenDemoScheduleAsync(page);
        int all = await page.EvaluateAsync<int>($"() => {Chart}.model.activities.size");

        await page.CheckAsync("[data-testid=critical-only]");
        var critical = await page.EvaluateAsync<bool[]>($"() => [...{Chart}.model.activities.values()].map(a => a.critical)");
        Assert.True(critical.Length > 0 && critical.Length < all, $"{critical.Length} of {all}");
        Assert.All(critical, Assert.True);
        await page.UncheckAsync("[data-testid=critical-only]");

        await page.FillAsync("[data-testid=filter-text]", "A2070");
        await page.WaitForFunctionAsync($"() => {Chart}.model.activities.size === 1");
        Assert.Equal(["A2070"], await CodesAsync(page));
        await page.FillAsync("[data-testid=filter-text]", "");
        await page.WaitForFunctionAsync($"() => {Chart}.model.activities.size === {all}");

        // A date window keeps what overlaps it; an organisation keeps only its activities.
        await page.FillAsync("[data-testid=filter-from]", "2099-01-01");
        await page.WaitForFunctionAsync($"() => {Chart}.model.activities.size === 0");
        await page.FillAsync("[data-testid=filter-from]", "");
        string organisation = (await page.Locator("[data-testid=filter-organisation] option").Nth(1).GetAttributeAsync("value"))!;
        await page.SelectOptionAsync("[data-testid=filter-organisation]", organisation);
        var owners = await page.EvaluateAsync<string[]>($"() => [...new Set({Chart}.payload.activities.map(a => a.responsibleOrganisationId))]");
        Assert.Equal([organisation], owners);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task AViewerCannotEditCellsInsertOrDelete()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1600, height: 1000);
        await page.SignInAsync("owner.liu", GantryServer.DemoPassword);
        await OpenDemoScheduleAsync(page);
        Assert.True(await page.IsVisibleAsync("[data-testid=schedule-readonly]"));
        await page.Locator("[data-testid=table-insert]").ExpectCountAsync(0);

        var (x, y) = await CellCentreAsync(page, "A2070", "name");
        await page.Mouse.DblClickAsync(x, y);
        await page.Keyboard.PressAsync("F2");
        await page.Keyboard.TypeAsync("x");
        await page.Keyboard.PressAsync("Insert");
        await page.Keyboard.PressAsync("Delete");
        await page.Locator("[data-testid=cell-editor]").ExpectCountAsync(0);
        Assert.True(await page.IsHiddenAsync("[data-testid=delete-confirm]"));
        Assert.Equal(56, await page.EvaluateAsync<int>($"() => {Chart}.model.activities.size"));
        await page.CloseContextAsync();
    }
}
