namespace Gantry.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ScheduleHealthJourneyTests(GantryServer server)
{
    private static string OracleXer()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "oracle", "p6", "sp10-hs2-cost-loaded.xer");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("The P6 oracle file ../shared/oracle/p6/sp10-hs2-cost-loaded.xer was not found.");
    }

    [Fact]
    public async Task PlannerUploadsTheP6ProgrammeSeesTheChecksAndReadsThemInChinese()
    {
        var page = await server.NewPageAsync(locale: "en-GB");
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await page.ClickAsync("[data-testid=project-switcher]");
        await page.ClickAsync(".switcher-menu a:has-text('BJHY-3')");
        await page.ClickAsync("[data-testid=schedule-health-link]");

        await page.SetInputFilesAsync("[data-testid=health-file]", OracleXer());
        await page.ClickAsync("[data-testid=health-submit]");
        await page.WaitForSelectorAsync("[data-testid=health-checks]");

        await page.Locator("[data-testid=health-check]").ExpectCountAsync(14);
        Assert.Equal("Missing logic", (await page.InnerTextAsync("[data-metric=MissingLogic] [data-testid=health-check-name]")).Trim());
        Assert.Contains("sp10-hs2-cost-loaded.xer", await page.InnerTextAsync("[data-testid=health-source]"), StringComparison.Ordinal);
        var offenders = page.Locator("[data-testid=health-offenders]").First;
        await offenders.Locator("summary").ClickAsync();
        Assert.True(await offenders.Locator("tbody tr").First.IsVisibleAsync());

        await page.ClickAsync("[data-testid=language-switch] button[value=zh-Hans]");
        await page.SetInputFilesAsync("[data-testid=health-file]", OracleXer());
        await page.ClickAsync("[data-testid=health-submit]");
        await page.WaitForSelectorAsync("[data-testid=health-checks]");

        Assert.Equal("进度计划健康检查", (await page.InnerTextAsync("h1")).Trim());
        string name = (await page.InnerTextAsync("[data-metric=MissingLogic] [data-testid=health-check-name]")).Trim();
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", name);

        // The switch is saved on the user: go back to following the browser, as later journeys of planner.li expect.
        var status = await page.EvaluateAsync<int>("""
            async () => (await fetch('/api/v1/me/language', { method: 'PUT', headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ language: null }) })).status
            """);
        Assert.Equal(200, status);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task PlannerUploadingABrokenFileSeesTheReadersMessage()
    {
        var page = await server.NewPageAsync(locale: "en-GB");
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await page.ClickAsync("[data-testid=project-switcher]");
        await page.ClickAsync(".switcher-menu a:has-text('BJHY-3')");
        await page.ClickAsync("[data-testid=schedule-health-link]");

        await page.SetInputFilesAsync("[data-testid=health-file]", new FilePayload
        {
            Name = "cut.xer",
            MimeType = "application/octet-stream",
            Buffer = "ERMHDR\t8.1\n%T\tPROJECT\n"u8.ToArray(),
        });
        await page.ClickAsync("[data-testid=health-submit]");

        Assert.Contains("truncated", await page.InnerTextAsync("[data-testid=health-error]"), StringComparison.Ordinal);
        await page.CloseContextAsync();
    }
}
