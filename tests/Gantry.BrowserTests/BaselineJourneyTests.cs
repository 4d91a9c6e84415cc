namespace Gantry.BrowserTests;

/// <summary>
/// Baselines of the demo project 滨江花园3号楼 (BJHY-3): a planner saves one, changes a duration on the
/// schedule page and reads the variance; only the project manager approves.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BaselineJourneyTests(GantryServer server)
{
    private const string Chart = "document.getElementById('schedule-gantt').gantryGantt";

    private static async Task OpenDemoProjectAsync(IPage page)
    {
        await page.ClickAsync("[data-testid=project-switcher]");
        await page.ClickAsync(".switcher-menu a:has-text('BJHY-3')");
        await page.WaitForSelectorAsync("[data-testid=baselines-link]");
    }

    private static async Task SaveBaselineAsync(IPage page, string name)
    {
        await page.ClickAsync("[data-testid=baselines-link]");
        await page.FillAsync("[data-testid=baseline-name]", name);
        await page.ClickAsync("[data-testid=baseline-save]");
        await page.WaitForSelectorAsync($"[data-testid=baseline-row][data-name='{name}']");
    }

    /// <summary>Selects the activity by clicking its bar, types the duration in days into the detail panel and saves.</summary>
    private static async Task ChangeDurationAsync(IPage page, string code, string days)
    {
        await page.ClickAsync("[data-testid=schedule-link]");
        await page.WaitForSelectorAsync("[data-testid=schedule-gantt][aria-busy=false]");
        var box = await page.EvaluateAsync<double[]>($$"""
            () => {
                const g = {{Chart}};
                const a = [...g.model.activities.values()].find(x => x.code === '{{code}}');
                g.scrollToActivity(a.id);
                const b = g.barBox(a.id);
                return [(b.left + Math.min(b.right, b.left + 40)) / 2, (b.top + b.bottom) / 2];
            }
            """);
        await page.Mouse.ClickAsync((float)box[0], (float)box[1]);
        await page.WaitForSelectorAsync("[data-testid=detail-form]:not([hidden])");
        Assert.Equal(code, await page.InputValueAsync("[data-testid=detail-code]"));
        await page.FillAsync("[data-testid=detail-duration]", days);
        await page.ClickAsync("[data-testid=detail-save]");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=detail-message]')?.textContent.trim() === 'Saved.'");
    }

    [Fact]
    public async Task PlannerSavesABaselineChangesADurationAndSeesTheVariance()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1600, height: 1000);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await OpenDemoProjectAsync(page);
        await SaveBaselineAsync(page, "BT variance baseline");
        Assert.Contains("李娜", await page.InnerTextAsync("[data-testid=baseline-row][data-name='BT variance baseline']"), StringComparison.Ordinal);

        await page.GotoAsync("/");
        await OpenDemoProjectAsync(page);
        await ChangeDurationAsync(page, "A2070", "8");
        try
        {
            await page.GotoAsync("/");
            await OpenDemoProjectAsync(page);
            await page.ClickAsync("[data-testid=baselines-link]");
            await page.ClickAsync("[data-testid=baseline-row][data-name='BT variance baseline'] a");
            await page.WaitForSelectorAsync("[data-testid=variance-title]:has-text('BT variance baseline')");
            await page.FillAsync("[data-testid=variance-q]", "A2070");
            await page.ClickAsync("[data-testid=variance-apply]");

            var row = page.Locator("[data-testid=variance-activities] [data-testid=variance-row][data-code=A2070]");
            // Three working days longer than the baseline: P6's sign, baseline minus current.
            Assert.Equal("-3", (await row.Locator("[data-testid=variance-duration]").InnerTextAsync()).Trim());
            Assert.StartsWith("-", (await row.Locator("[data-testid=variance-finish]").InnerTextAsync()).Trim(), StringComparison.Ordinal);
            await page.Locator("[data-testid=variance-activities] [data-testid=variance-row]").ExpectCountAsync(1);

            await page.CheckAsync("[data-testid=variance-changed]");
            await page.FillAsync("[data-testid=variance-q]", "");
            await page.ClickAsync("[data-testid=variance-apply]");
            var changed = await page.Locator("[data-testid=variance-activities] [data-testid=variance-row]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)");
            Assert.Contains("A2070", changed);
            Assert.Contains("A4070", changed);
            Assert.True(await page.Locator("[data-testid=variance-wbs] [data-testid=variance-row]").CountAsync() > 0);

            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=variance-export]"));
            Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
            var file = await download.PathAsync();
            Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(file!), 0, 2));
        }
        finally
        {
            // Put it back, so other journeys see the demo as seeded.
            await page.GotoAsync("/");
            await OpenDemoProjectAsync(page);
            await ChangeDurationAsync(page, "A2070", "5");
        }

        await page.CloseContextAsync();
    }

    [Fact]
    public async Task PlannerHasNoApproveButtonAndTheApprovalIsRefusedThenTheManagerApproves()
    {
        var page = await server.NewPageAsync(locale: "en-GB");
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await OpenDemoProjectAsync(page);
        await SaveBaselineAsync(page, "BT to approve");
        var row = page.Locator("[data-testid=baseline-row][data-name='BT to approve']");
        await page.Locator("[data-testid=baseline-approve]").ExpectCountAsync(0);
        Assert.Contains("Not approved", await row.Locator("[data-testid=baseline-approved]").InnerTextAsync(), StringComparison.Ordinal);

        // The button is a courtesy: the page's own POST and the API both refuse a planner.
        var pageStatus = await page.EvaluateAsync<int>("""
            async () => {
              const row = document.querySelector("[data-testid=baseline-row][data-name='BT to approve']");
              const body = new URLSearchParams({
                baselineId: row.dataset.id, version: row.dataset.version,
                __RequestVerificationToken: document.querySelector('input[name=__RequestVerificationToken]').value });
              return (await fetch(location.pathname + '?handler=Approve', { method: 'POST', body })).status;
            }
            """);
        Assert.Equal(403, pageStatus);
        var id = await row.GetAttributeAsync("data-id");
        var version = int.Parse((await row.GetAttributeAsync("data-version"))!, System.Globalization.CultureInfo.InvariantCulture);
        var projectId = new Uri(page.Url).Segments[2].TrimEnd('/');
        var api = await page.APIRequest.PostAsync($"/api/v1/projects/{projectId}/schedule/baselines/{id}/approve",
            new APIRequestContextOptions { DataObject = new { version } });
        Assert.Equal(403, api.Status);
        await page.ReloadAsync();
        Assert.Contains("Not approved", await row.Locator("[data-testid=baseline-approved]").InnerTextAsync(), StringComparison.Ordinal);
        await page.CloseContextAsync();

        var manager = await server.NewPageAsync(locale: "en-GB");
        await manager.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        await OpenDemoProjectAsync(manager);
        await manager.ClickAsync("[data-testid=baselines-link]");
        await manager.ClickAsync("[data-testid=baseline-row][data-name='BT to approve'] [data-testid=baseline-approve]");
        var approved = manager.Locator("[data-testid=baseline-row][data-name='BT to approve'] [data-testid=baseline-approved]");
        await approved.Locator(".badge").WaitForAsync();
        Assert.Contains("张伟", await approved.InnerTextAsync(), StringComparison.Ordinal);
        await manager.CloseContextAsync();
    }
}
