namespace Gantry.BrowserTests;

/// <summary>The schedule page of the demo project 滨江花园3号楼 (BJHY-3): the Gantt, the detail panel and who may edit.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScheduleJourneyTests(GantryServer server)
{
    private const string Chart = "document.getElementById('schedule-gantt').gantryGantt";

    private static async Task OpenDemoScheduleAsync(IPage page)
    {
        await page.ClickAsync("[data-testid=project-switcher]");
        await page.ClickAsync(".switcher-menu a:has-text('BJHY-3')");
        await page.ClickAsync("[data-testid=schedule-link]");
        await page.WaitForSelectorAsync("[data-testid=schedule-gantt][aria-busy=false]");
    }

    /// <summary>Scrolls the activity's bar into view and clicks it, as a planner selects it.</summary>
    private static async Task ClickBarAsync(IPage page, string code)
    {
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
    }

    [Fact]
    public async Task PlannerChangesADurationAndSeesTheFinishAndWhatMoved()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1600, height: 1000);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await OpenDemoScheduleAsync(page);

        Assert.Equal(56, await page.EvaluateAsync<int>($"() => {Chart}.model.activities.size"));
        Assert.True(await page.EvaluateAsync<int>($"() => {Chart}.stats.barsPainted") > 0);

        await ClickBarAsync(page, "A2070");
        await page.WaitForSelectorAsync("[data-testid=detail-form]:not([hidden])");
        Assert.Equal("A2070", await page.InputValueAsync("[data-testid=detail-code]"));
        Assert.Equal("5", await page.InputValueAsync("[data-testid=detail-duration]"));
        Assert.Contains("M2060", await page.InnerTextAsync("[data-testid=detail-predecessors]"), StringComparison.Ordinal);
        Assert.Contains("A4070", await page.InnerTextAsync("[data-testid=detail-successors]"), StringComparison.Ordinal);
        string finishBefore = await page.InnerTextAsync("[data-testid=detail-finish]");

        await page.FillAsync("[data-testid=detail-duration]", "9");
        await page.ClickAsync("[data-testid=detail-save]");
        await page.WaitForSelectorAsync("[data-testid=moved-item]");

        Assert.Equal("Saved.", (await page.InnerTextAsync("[data-testid=detail-message]")).Trim());
        Assert.Contains("text-success", await page.GetAttributeAsync("[data-testid=detail-message]", "class"), StringComparison.Ordinal);
        string finishAfter = await page.InnerTextAsync("[data-testid=detail-finish]");
        Assert.True(string.CompareOrdinal(finishAfter, finishBefore) > 0, $"finish {finishBefore} → {finishAfter}");
        string moved = await page.InnerTextAsync("[data-testid=moved-list]");
        Assert.Contains("A2070", moved, StringComparison.Ordinal);
        Assert.Contains("A4070", moved, StringComparison.Ordinal);
        // The chart drew the answer: the bar's finish is the one the panel shows.
        string barFinish = await page.EvaluateAsync<string>(
            $"() => {{ const g = {Chart}; const a = [...g.model.activities.values()].find(x => x.code === 'A2070'); return new Date(a.finish).toISOString().slice(0, 16).replace('T', ' '); }}");
        Assert.Equal(finishAfter.Trim(), barFinish);

        // Put it back, so other journeys see the demo as seeded.
        await page.FillAsync("[data-testid=detail-duration]", "5");
        await page.ClickAsync("[data-testid=detail-save]");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=detail-finish]')?.textContent === '" + finishBefore.Trim() + "'");
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task SubcontractorSeesOnlyItsOrganisationsActivitiesAndNoEditControls()
    {
        var page = await server.NewPageAsync(locale: "en-GB");
        await page.SignInAsync("sub.zhou", GantryServer.DemoPassword);
        await OpenDemoScheduleAsync(page);

        var organisations = await page.EvaluateAsync<string[]>(
            $"() => [...new Set([...{Chart}.model.activities.values()].filter(a => !a.isMilestone).map(a => {Chart}.payload.activities.find(p => p.id === a.id).responsibleOrganisationName))]");
        Assert.Equal(["精诚幕墙装饰工程有限公司"], organisations);
        Assert.True(await page.EvaluateAsync<int>($"() => {Chart}.model.activities.size") < 56);

        Assert.True(await page.IsVisibleAsync("[data-testid=schedule-readonly]"));
        await page.Locator("[data-testid=import-open]").ExpectCountAsync(0);
        await ClickBarAsync(page, "A5040");
        await page.WaitForSelectorAsync("[data-testid=detail-form]:not([hidden])");
        await page.Locator("[data-testid=detail-save]").ExpectCountAsync(0);
        Assert.True(await page.IsDisabledAsync("[data-testid=detail-duration]"));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task TheSchedulePageInChineseShowsChineseLabels()
    {
        var page = await server.NewPageAsync(locale: "zh-CN");
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await OpenDemoScheduleAsync(page);

        Assert.Equal("进度计划", (await page.InnerTextAsync("h1")).Trim());
        Assert.Equal("仅关键作业", (await page.InnerTextAsync("label[for=critical-only]")).Trim());
        Assert.Equal("月", (await page.InnerTextAsync("[data-testid=zoom-month]")).Trim());
        Assert.Equal("在图中选择一项作业以查看详情。", (await page.InnerTextAsync("[data-testid=detail-empty]")).Trim());
        Assert.Equal("代码", await page.EvaluateAsync<string>($"() => {Chart}.text.code"));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task SavingOverSomeoneElsesChangeShowsTheConflictAndReloads()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1600, height: 1000);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await OpenDemoScheduleAsync(page);
        await ClickBarAsync(page, "A7060");
        await page.WaitForSelectorAsync("[data-testid=detail-form]:not([hidden])");
        string name = await page.InputValueAsync("[data-testid=detail-name]");

        // Another planner renames the activity after this page loaded it.
        int status = await page.EvaluateAsync<int>($$"""
            async () => {
              const g = {{Chart}};
              const a = g.payload.activities.find(x => x.code === 'A7060');
              const r = await fetch(`/api/v1/projects/${g.payload.projectId}/schedule/activities/${a.id}`, { method: 'PATCH',
                headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: '{{name}}（复核）', version: a.version }) });
              return r.status;
            }
            """);
        Assert.Equal(200, status);

        await page.FillAsync("[data-testid=detail-duration]", "4");
        await page.ClickAsync("[data-testid=detail-save]");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=detail-message]')?.textContent.includes('Someone else')");
        Assert.Equal(name + "（复核）", await page.InputValueAsync("[data-testid=detail-name]"));
        Assert.Equal("3", await page.InputValueAsync("[data-testid=detail-duration]"));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task AViewerReadsTheScheduleOnAPhone()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 390, height: 844);
        await page.SignInAsync("sub.zhou", GantryServer.DemoPassword);
        await page.GotoAsync("/");
        string href = (await page.GetAttributeAsync(".switcher-menu a:has-text('BJHY-3')", "href"))!;
        await page.GotoAsync(href + "/schedule");
        await page.WaitForSelectorAsync("[data-testid=schedule-gantt][aria-busy=false]");

        var chart = (await page.Locator("[data-testid=schedule-gantt]").BoundingBoxAsync())!;
        Assert.True(chart.Width <= 390 && chart.Width > 300, $"chart width {chart.Width}");
        Assert.True(chart.Height >= 320, $"chart height {chart.Height}");
        Assert.True(await page.EvaluateAsync<int>($"() => {Chart}.stats.rowsPainted") > 0);
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
        await page.CloseContextAsync();
    }
}
