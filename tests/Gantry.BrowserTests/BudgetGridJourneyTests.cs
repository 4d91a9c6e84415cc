using Microsoft.Playwright;

namespace Gantry.BrowserTests;

/// <summary>The budget grid as a spreadsheet: a block pasted from Excel, saved in one request, and a second tab's stale save refused.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BudgetGridJourneyTests(GantryServer server)
{
    private const string FirstRow = "tr[data-testid=budget-row]:nth-child(1)";

    private const string SecondRow = "tr[data-testid=budget-row]:nth-child(2)";

    /// <summary>What Excel puts on the clipboard for a 2 × 3 block: tabs between cells, a line break after each row.</summary>
    private const string Block = "1,000\t2000\t3000\r\n400.5\t500\t600\r\n";

    private static async Task PasteAsync(IPage page, string selector, string text) =>
        await page.Locator(selector).EvaluateAsync("""
            (el, text) => {
                const data = new DataTransfer();
                data.setData('text/plain', text);
                el.focus();
                el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """, text);

    private static async Task<string> TextAsync(IPage page, string selector) => (await page.InnerTextAsync(selector)).Trim();

    [Fact]
    public async Task PastedBlockIsSavedInOneGoAndASecondTabsStaleSaveIsRefusedKeepingItsEdits()
    {
        var projectId = await server.CreateCostProjectAsync("GRD-" + Guid.NewGuid().ToString("N")[..6]);
        var budgets = $"/projects/{projectId}/costs/budgets";
        var manager = await server.NewPageAsync();
        await manager.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        foreach (var (code, name) in new[] { ("1", "基础工程"), ("2", "主体结构") })
        {
            var wbs = await manager.APIRequest.PostAsync($"/api/v1/projects/{projectId}/schedule/wbs",
                new APIRequestContextOptions { DataObject = new { code, name } });
            Assert.True(wbs.Ok, await wbs.TextAsync());
        }

        var created = await manager.APIRequest.PostAsync($"/api/v1/projects/{projectId}/costs/budgets",
            new APIRequestContextOptions { DataObject = new { name = "目标成本" } });
        Assert.True(created.Ok, await created.TextAsync());
        await manager.CloseContextAsync();

        var cost = await server.NewPageAsync();
        await cost.SignInAsync("cost.chen", GantryServer.DemoPassword);
        await cost.GotoAsync(budgets);
        // The second tab is opened before the first one saves: it holds the version both started from.
        var secondTab = await cost.Context.NewPageAsync();
        await secondTab.GotoAsync(budgets);

        await PasteAsync(cost, $"{FirstRow} [data-testid=budget-cell][data-code='01']", Block);

        Assert.Equal("400.5", await cost.InputValueAsync($"{SecondRow} [data-testid=budget-cell][data-code='01']"));
        Assert.Equal("600", await cost.InputValueAsync($"{SecondRow} [data-testid=budget-cell][data-code='03']"));
        await cost.Locator("td.table-warning").ExpectCountAsync(6);
        Assert.Equal("6,000.00 CNY", await TextAsync(cost, $"{FirstRow} [data-testid=budget-row-total]"));
        Assert.Equal("7,500.50 CNY", await TextAsync(cost, "[data-testid=budget-total]"));
        Assert.Equal("1,400.50 CNY", await TextAsync(cost, "[data-testid=budget-column-total] >> nth=0"));

        await cost.ClickAsync("[data-testid=budget-save-grid]");
        await cost.WaitForSelectorAsync("[data-testid=budget-grid-saved]:not(.d-none)");
        await cost.Locator("td.table-warning").ExpectCountAsync(0);
        await cost.ReloadAsync();

        Assert.Equal("1000", await cost.InputValueAsync($"{FirstRow} [data-testid=budget-cell][data-code='01']"));
        Assert.Equal("400.5", await cost.InputValueAsync($"{SecondRow} [data-testid=budget-cell][data-code='01']"));
        Assert.Equal("1,500.50 CNY", await TextAsync(cost, $"{SecondRow} [data-testid=budget-row-total]"));
        Assert.Equal("7,500.50 CNY", await TextAsync(cost, "[data-testid=budget-total]"));
        await cost.Locator("[data-testid=budget-line]").ExpectCountAsync(6);
        Assert.Equal("7,500.50 CNY", await TextAsync(cost, "[data-testid=budget-version-total]"));

        await secondTab.FillAsync($"{FirstRow} [data-testid=budget-cell][data-code='02']", "9999");
        await secondTab.ClickAsync("[data-testid=budget-save-grid]");
        await secondTab.WaitForSelectorAsync("[data-testid=budget-grid-error]:not(.d-none)");

        Assert.Contains("Someone else saved this budget", await TextAsync(secondTab, "[data-testid=budget-grid-error]"), StringComparison.Ordinal);
        Assert.Equal("9999", await secondTab.InputValueAsync($"{FirstRow} [data-testid=budget-cell][data-code='02']"));
        await cost.ReloadAsync();
        Assert.Equal("2000", await cost.InputValueAsync($"{FirstRow} [data-testid=budget-cell][data-code='02']"));
        await cost.CloseContextAsync();
    }

    [Fact]
    public async Task BadCellIsNamedAndMarkedAndNothingIsSaved()
    {
        var projectId = await server.CreateCostProjectAsync("GRB-" + Guid.NewGuid().ToString("N")[..6]);
        var cost = await server.NewPageAsync();
        await cost.SignInAsync("cost.chen", GantryServer.DemoPassword);
        var created = await cost.APIRequest.PostAsync($"/api/v1/projects/{projectId}/costs/budgets",
            new APIRequestContextOptions { DataObject = new { name = "目标成本" } });
        Assert.True(created.Ok, await created.TextAsync());
        await cost.GotoAsync($"/projects/{projectId}/costs/budgets");

        await cost.FillAsync("[data-testid=budget-cell][data-code='01']", "500");
        await cost.FillAsync("[data-testid=budget-cell][data-code='02']", "-3");
        await cost.ClickAsync("[data-testid=budget-save-grid]");
        await cost.WaitForSelectorAsync("[data-testid=budget-grid-error]:not(.d-none)");

        Assert.Contains("— × 02: Amount must not be negative.", await TextAsync(cost, "[data-testid=budget-grid-error]"), StringComparison.Ordinal);
        await cost.Locator("[data-testid=budget-cell].is-invalid").ExpectCountAsync(1);
        Assert.Equal("-3", await cost.InputValueAsync("[data-testid=budget-cell][data-code='02']"));
        // A fresh tab, since this one still holds the user's unsaved edits.
        var check = await cost.Context.NewPageAsync();
        await check.GotoAsync($"/projects/{projectId}/costs/budgets");
        Assert.Equal(string.Empty, await check.InputValueAsync("[data-testid=budget-cell][data-code='01']"));
        await cost.CloseContextAsync();
    }
}
