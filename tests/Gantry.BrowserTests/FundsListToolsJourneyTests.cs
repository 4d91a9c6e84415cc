using System.Globalization;

namespace Gantry.BrowserTests;

/// <summary>
/// Issue 6, "every list filters, sorts, exports to Excel": the variations of a contract are a card list
/// on the contract page; they filter by text and sort by date, amount or code in the browser.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FundsListToolsJourneyTests(GantryServer server)
{
    [Fact]
    public async Task AContractsVariationsFilterByTextAndSortByAmountAndDate()
    {
        var page = await server.NewPageAsync(locale: "en-GB");
        await page.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        var contractUrl = await page.EvaluateAsync<string>("""
            async () => {
              const projects = await (await fetch('/api/v1/projects')).json();
              const project = (projects.items ?? projects).find(p => p.code === 'BJHY-3');
              const contracts = await (await fetch(`/api/v1/projects/${project.id}/costs/contracts`)).json();
              const facade = (contracts.items ?? contracts).find(c => c.code === 'BJHY3-FB-MQ');
              return `/projects/${project.id}/funds/contracts/${facade.id}`;
            }
            """);
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await page.GotoAsync(contractUrl);
        await AddVariationAsync(page, $"LT-{tag}-S", "2026-10-20", 1_000m);
        await AddVariationAsync(page, $"LT-{tag}-L", "2026-09-05", 90_000m);

        await page.SelectOptionAsync("[data-testid=variations-sort]", "amount:number:desc");
        var amounts = (await page.Locator("#variations > li[data-item]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.amount)"))
            .Select(a => decimal.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        Assert.True(amounts.Length >= 2);
        Assert.Equal(amounts.OrderDescending(), amounts);

        await page.SelectOptionAsync("[data-testid=variations-sort]", "date:text:asc");
        var dates = await page.Locator("#variations > li[data-item]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.date)");
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.True(Array.IndexOf(dates, "2026-09-05") < Array.IndexOf(dates, "2026-10-20"));

        await page.FillAsync("[data-testid=variations-filter]", $"LT-{tag}-L");
        Assert.Equal([$"LT-{tag}-L"], await page.Locator("#variations > li[data-item]:not([hidden])").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.code)"));
        await page.FillAsync("[data-testid=variations-filter]", "");
        await page.Locator("#variations > li[data-item]:not([hidden])").ExpectCountAsync(dates.Length);
        await page.CloseContextAsync();
    }

    private static async Task AddVariationAsync(IPage page, string code, string date, decimal amount)
    {
        await page.FillAsync("[data-testid=variation-code]", code);
        await page.SelectOptionAsync("[data-testid=variation-kind]", "Change");
        await page.FillAsync("[data-testid=variation-description]", "List tools " + code);
        await page.FillAsync("input[name='Variation.Date']", date);
        await page.FillAsync("[data-testid=variation-amount]", amount.ToString(CultureInfo.InvariantCulture));
        await page.ClickAsync("[data-testid=variation-save]");
        await page.WaitForSelectorAsync($"[data-testid=variation-row][data-code='{code}']");
    }
}
