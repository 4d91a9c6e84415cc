namespace Gantry.BrowserTests;

/// <summary>
/// What a planner and a site engineer meet first around the schedule of 滨江花园3号楼 (BJHY-3):
/// the way from one schedule view to the next, and the milestone and baseline tables on a phone.
/// Read only: nothing in the demo changes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScheduleUxJourneyTests(GantryServer server)
{
    private const int PhoneWidth = 390;

    /// <summary>The project overview's address, reached as a user does: its row in the portfolio.</summary>
    private static async Task<string> OpenDemoProjectAsync(IPage page)
    {
        await page.GotoAsync("/");
        await page.Locator("[data-testid=portfolio-row]:has-text('BJHY-3') a").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/projects/", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.Load);
        return new Uri(page.Url).AbsolutePath;
    }

    private static async Task FollowAsync(IPage page, string testId, string pathEnd)
    {
        await page.ClickAsync($"[data-testid={testId}]");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith(pathEnd, StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    [Fact]
    public async Task PlannerWalksFromTheScheduleToBaselinesHealthAndBack()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1400, height: 900);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        var project = await OpenDemoProjectAsync(page);
        await page.GotoAsync(project + "/schedule");

        // As in P6, the baselines are one click from the Gantt, not hidden behind the project overview.
        Assert.Equal("page", await page.GetAttributeAsync("[data-testid=views-nav-schedule]", "aria-current"));
        await FollowAsync(page, "views-nav-baselines", "/baselines");
        Assert.Equal("page", await page.GetAttributeAsync("[data-testid=views-nav-baselines]", "aria-current"));
        await FollowAsync(page, "views-nav-health", "/schedule-health");
        Assert.Equal("Health check", (await page.InnerTextAsync("[data-testid=views-nav-health]")).Trim());
        await FollowAsync(page, "views-nav-milestones", "/milestones");
        await FollowAsync(page, "views-nav-schedule", "/schedule");
        await page.WaitForSelectorAsync("[data-testid=schedule-gantt][aria-busy=false]");
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task ScheduleTabsAreChineseOnAChinesePage()
    {
        var page = await server.NewPageAsync(locale: "zh-CN", width: 1400, height: 900);
        await page.SignInAsync("owner.liu", GantryServer.DemoPassword);
        var project = await OpenDemoProjectAsync(page);
        await page.GotoAsync(project + "/schedule");

        Assert.Equal("目标计划", (await page.InnerTextAsync("[data-testid=views-nav-baselines]")).Trim());
        Assert.Equal("健康检查", (await page.InnerTextAsync("[data-testid=views-nav-health]")).Trim());
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task SiteEngineerReadsEveryMilestoneDateOnAPhoneWithoutScrollingSideways()
    {
        var page = await server.NewPageAsync(locale: "zh-CN", width: PhoneWidth, height: 844);
        await page.SignInAsync("site.wang", GantryServer.DemoPassword);
        var project = await OpenDemoProjectAsync(page);
        await page.GotoAsync(project + "/milestones");

        var forecasts = page.Locator("[data-testid=milestone-forecast]");
        Assert.True(await forecasts.CountAsync() > 0);
        foreach (var forecast in await forecasts.AllAsync())
        {
            var box = (await forecast.BoundingBoxAsync())!;
            // The date sits on one line inside the screen: not squeezed a character per line, not off to the right.
            Assert.True(box.X + box.Width <= PhoneWidth, $"forecast cell ends at {box.X + box.Width}px on a {PhoneWidth}px screen");
            Assert.True(box.Height < 48, $"forecast cell is {box.Height}px high: its date wraps");
        }

        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= PhoneWidth);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task BaselineTableKeepsNamesReadableOnAPhone()
    {
        var page = await server.NewPageAsync(locale: "zh-CN", width: PhoneWidth, height: 844);
        await page.SignInAsync("site.wang", GantryServer.DemoPassword);
        var project = await OpenDemoProjectAsync(page);
        await page.GotoAsync(project + "/baselines");

        // A table in a scroll box may scroll inside it; it must not crush a name to one character a line.
        var name = page.Locator("[data-testid=baseline-list] tbody tr").First.Locator("td").First;
        var box = (await name.BoundingBoxAsync())!;
        Assert.True(box.Width > 80, $"the baseline name column is {box.Width}px wide");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= PhoneWidth);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task OwnerChecksTheHealthOfTheProjectsOwnScheduleWithoutAFile()
    {
        var page = await server.NewPageAsync(locale: "zh-CN", width: 1400, height: 900);
        await page.SignInAsync("owner.liu", GantryServer.DemoPassword);
        var project = await OpenDemoProjectAsync(page);
        await page.GotoAsync(project + "/schedule-health");

        // A P6 user means "check my schedule": no export and upload round trip needed.
        await page.ClickAsync("[data-testid=health-project]");
        await page.WaitForSelectorAsync("[data-testid=health-checks]");
        await page.Locator("[data-testid=health-check]").ExpectCountAsync(14);
        Assert.Equal("缺少逻辑关系", (await page.InnerTextAsync("[data-metric=MissingLogic] [data-testid=health-check-name]")).Trim());
        Assert.Contains("BJHY-3", await page.InnerTextAsync("[data-testid=health-source]"), StringComparison.Ordinal);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task SiteEngineerOnAPhoneSeesEachActivitysFinishWithoutScrollingTheGrid()
    {
        var page = await server.NewPageAsync(locale: "zh-CN", width: PhoneWidth, height: 844);
        await page.SignInAsync("site.wang", GantryServer.DemoPassword);
        var project = await OpenDemoProjectAsync(page);
        await page.GotoAsync(project + "/schedule");
        await page.WaitForSelectorAsync("[data-testid=schedule-gantt][aria-busy=false]");

        // A fresh phone shows code, name and finish: what is due, inside the grid's share of the screen.
        var keys = await page.EvaluateAsync<string[]>("() => document.getElementById('schedule-gantt').gantryGantt.columns.map(c => c.key)");
        Assert.Equal(["code", "name", "finish"], keys);
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('schedule-gantt').gantryGantt.gridScroll.hidden"),
            "the grid needs a sideways scroll bar on a phone");

        // The date filters keep their labels on their own line.
        var label = (await page.Locator("label[for=filter-from]").BoundingBoxAsync())!;
        var input = (await page.Locator("[data-testid=filter-from]").BoundingBoxAsync())!;
        Assert.True(Math.Abs((label.Y + label.Height / 2) - (input.Y + input.Height / 2)) < input.Height / 2, "the From label sits on another line than its date");
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task PlannerAtADeskKeepsTheFullActivityTable()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1400, height: 900);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        var project = await OpenDemoProjectAsync(page);
        await page.GotoAsync(project + "/schedule");
        await page.WaitForSelectorAsync("[data-testid=schedule-gantt][aria-busy=false]");

        var keys = await page.EvaluateAsync<string[]>("() => document.getElementById('schedule-gantt').gantryGantt.columns.map(c => c.key)");
        Assert.Equal(["code", "name", "duration", "predecessors", "start", "finish", "totalFloat", "critical", "organisation"], keys);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task RefusedDetailSaveIsShownAsAnError()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1400, height: 900);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        var project = await OpenDemoProjectAsync(page);
        await page.GotoAsync(project + "/schedule");
        await page.WaitForSelectorAsync("[data-testid=schedule-gantt][aria-busy=false]");
        var box = await page.EvaluateAsync<double[]>("""
            () => {
                const g = document.getElementById('schedule-gantt').gantryGantt;
                const a = [...g.model.activities.values()].find(x => x.code === 'A1020');
                g.scrollToActivity(a.id);
                const b = g.barBox(a.id);
                return [(b.left + Math.min(b.right, b.left + 40)) / 2, (b.top + b.bottom) / 2];
            }
            """);
        await page.Mouse.ClickAsync((float)box[0], (float)box[1]);
        await page.WaitForSelectorAsync("[data-testid=detail-form]:not([hidden])");

        // Nothing is sent: the panel refuses a negative duration, and says so in red, not as plain text like "Saved".
        await page.FillAsync("[data-testid=detail-duration]", "-3");
        await page.ClickAsync("[data-testid=detail-save]");
        var message = page.Locator("[data-testid=detail-message]");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=detail-message]').textContent.length > 0");
        Assert.Contains("Duration", await message.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("text-danger", await message.GetAttributeAsync("class"), StringComparison.Ordinal);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task RefusedWeatherDaysKeepWhatThePlannerTypedAndSayWhyAtTheForm()
    {
        var page = await server.NewPageAsync(locale: "zh-CN", width: 1400, height: 900);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        var project = await OpenDemoProjectAsync(page);
        await page.GotoAsync(project + "/calendars");

        await page.FillAsync("[data-testid=weather-from]", "2026-07-10");
        await page.FillAsync("[data-testid=weather-to]", "2026-07-01");
        await page.FillAsync("[data-testid=weather-note]", "台风");
        await page.ClickAsync("[data-testid=weather-add]");
        await page.WaitForSelectorAsync("[data-testid=weather-problem]");

        Assert.Equal("结束日期早于开始日期。", (await page.InnerTextAsync("[data-testid=weather-problem]")).Trim());
        Assert.Equal("2026-07-10", await page.InputValueAsync("[data-testid=weather-from]"));
        Assert.Equal("2026-07-01", await page.InputValueAsync("[data-testid=weather-to]"));
        Assert.Equal("台风", await page.InputValueAsync("[data-testid=weather-note]"));

        // Not shown a second time on the next visit, as a message kept for after a redirect would be.
        await page.GotoAsync(project + "/calendars");
        await page.Locator("[data-testid=views-problem]").ExpectCountAsync(0);
        await page.Locator("[data-testid=weather-problem]").ExpectCountAsync(0);
        await page.CloseContextAsync();
    }
}
