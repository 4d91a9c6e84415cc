using System.Text.Json;

namespace Gantry.BrowserTests;

/// <summary>What-if scenarios on the demo project 滨江花园3号楼 (BJHY-3): copy, change, compare, adopt.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScenarioJourneyTests(GantryServer server)
{
    private const string Chart = "document.getElementById('scenario-gantt').gantryGantt";

    [Fact]
    public async Task PlannerShortensACriticalActivityInAScenarioSeesTheEarlierFinishAndAdoptsIt()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1600, height: 1000);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await page.ClickAsync("[data-testid=project-switcher]");
        await page.ClickAsync(".switcher-menu a:has-text('BJHY-3')");
        await page.ClickAsync("[data-testid=schedule-link]");
        await page.WaitForSelectorAsync("[data-testid=schedule-gantt][aria-busy=false]");
        await page.ClickAsync("[data-testid=scenarios-link]");

        await page.FillAsync("[data-testid=scenario-name]", "Crash the critical path");
        await page.ClickAsync("[data-testid=scenario-create]");
        await page.WaitForSelectorAsync("[data-testid=scenario-gantt][aria-busy=false]");
        Assert.Equal("Crash the critical path", (await page.InnerTextAsync("[data-testid=scenario-title]")).Trim());
        Assert.Equal(56, await page.EvaluateAsync<int>($"() => {Chart}.model.activities.size"));
        Assert.True(await page.EvaluateAsync<bool>($"() => [...{Chart}.model.activities.values()].some(a => a.critical)"));
        var liveFinish = (await page.InnerTextAsync("[data-testid=compare-live-finish]")).Trim();

        // The longest critical task not started yet: five days less on it must bring the finish in.
        var target = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const d = await (await fetch(document.getElementById('scenario-gantt').dataset.url)).json();
                const a = d.schedule.activities.filter(x => x.critical && x.type === 'Task' && !x.actualStart)
                    .sort((x, y) => y.originalDurationMinutes - x.originalDurationMinutes)[0];
                return { id: a.id, code: a.code, days: a.originalDurationMinutes / 480, version: a.version };
            }
            """);
        var code = target.GetProperty("code").GetString()!;
        var days = target.GetProperty("days").GetDouble();
        await page.SelectOptionAsync("[data-testid=change-activity]", target.GetProperty("id").GetString()!);
        await page.FillAsync("[data-testid=change-duration]", (days - 5).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("[data-testid=change-apply]");
        await page.WaitForSelectorAsync("[data-testid=changes-list]");

        Assert.Contains(code, await page.InnerTextAsync("[data-testid=changes-list]"), StringComparison.Ordinal);
        var scenarioFinish = (await page.InnerTextAsync("[data-testid=compare-scenario-finish]")).Trim();
        Assert.True(string.CompareOrdinal(scenarioFinish, liveFinish) < 0, $"{liveFinish} → {scenarioFinish}");
        Assert.Contains("earlier", await page.InnerTextAsync("[data-testid=compare-difference]"), StringComparison.Ordinal);
        Assert.Contains(code, await page.InnerTextAsync("[data-testid=differences-table]"), StringComparison.Ordinal);

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.ClickAsync("[data-testid=scenario-adopt]");
        await page.WaitForSelectorAsync("[data-testid=scenario-decided]");
        Assert.Equal("Adopted", (await page.InnerTextAsync("[data-testid=scenario-status]")).Trim());

        await page.ClickAsync("[data-testid=nav-schedule]");
        await page.WaitForSelectorAsync("[data-testid=schedule-gantt][aria-busy=false]");
        await page.WaitForFunctionAsync("f => document.querySelector('[data-testid=schedule-facts]')?.textContent.includes(f)", scenarioFinish);
        Assert.Contains("Project finish " + scenarioFinish, await page.InnerTextAsync("[data-testid=schedule-facts]"), StringComparison.Ordinal);

        // Put the duration back, so other journeys see the demo as seeded.
        var restored = await page.EvaluateAsync<int>($$"""
            async () => {
                const project = location.pathname.split('/')[2];
                const url = `/api/v1/projects/${project}/schedule/activities/{{target.GetProperty("id").GetString()}}`;
                const live = (await (await fetch(`/api/v1/projects/${project}/schedule`)).json()).activities.find(a => a.code === '{{code}}');
                const r = await fetch(url, { method: 'PATCH', headers: { 'Content-Type': 'application/json' },
                    body: JSON.stringify({ originalDurationMinutes: {{days * 480}}, version: live.version }) });
                return r.status;
            }
            """);
        Assert.Equal(200, restored);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task PlannerOverlapsTwoCriticalActivitiesInChineseAndDiscardsTheScenario()
    {
        var page = await server.NewPageAsync(locale: "zh-CN", width: 1600, height: 1000);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await page.ClickAsync("[data-testid=project-switcher]");
        await page.ClickAsync(".switcher-menu a:has-text('BJHY-3')");
        await page.ClickAsync("[data-testid=nav-scenarios]");
        await page.FillAsync("[data-testid=scenario-name]", "搭接方案");
        await page.ClickAsync("[data-testid=scenario-create]");
        await page.WaitForSelectorAsync("[data-testid=scenario-gantt][aria-busy=false]");

        // A driving finish-to-start link between two critical activities not started yet: start the successor halfway through instead.
        var link = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const d = await (await fetch(document.getElementById('scenario-gantt').dataset.url)).json();
                const byId = new Map(d.schedule.activities.map(a => [a.id, a]));
                const open = a => a.critical && a.type === 'Task' && !a.actualStart;
                const l = d.schedule.links.filter(x => x.type === 'FS' && x.driving && open(byId.get(x.predecessorId)) && open(byId.get(x.successorId)))
                    .sort((x, y) => byId.get(y.predecessorId).originalDurationMinutes - byId.get(x.predecessorId).originalDurationMinutes)[0];
                return { predecessorId: l.predecessorId, successorId: l.successorId, lagDays: Math.floor(byId.get(l.predecessorId).originalDurationMinutes / 960) };
            }
            """);
        await page.SelectOptionAsync("[data-testid=link-predecessorId]", link.GetProperty("predecessorId").GetString()!);
        await page.SelectOptionAsync("[data-testid=link-successorId]", link.GetProperty("successorId").GetString()!);
        await page.SelectOptionAsync("[data-testid=link-type]", "SS");
        await page.FillAsync("[data-testid=link-lag]", link.GetProperty("lagDays").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("[data-testid=link-save]");
        await page.WaitForSelectorAsync("[data-testid=changes-list]");
        await page.WaitForSelectorAsync("[data-testid=scenario-gantt][aria-busy=false]");

        Assert.Contains("SS", await page.InnerTextAsync("[data-testid=changes-list]"), StringComparison.Ordinal);
        Assert.Contains("提前", await page.InnerTextAsync("[data-testid=compare-difference]"), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>($"() => {Chart}.payload.links.some(l => l.type === 'SS' && l.predecessorId === '{link.GetProperty("predecessorId").GetString()}')"));

        await page.ClickAsync("[data-testid=scenario-discard]");
        await page.WaitForSelectorAsync("[data-testid=scenario-decided]");
        Assert.Equal("已放弃", (await page.InnerTextAsync("[data-testid=scenario-status]")).Trim());
        await page.Locator("[data-testid=change-panel]").ExpectCountAsync(0);
        await page.ClickAsync(".breadcrumb a:has-text('假设分析方案')");
        Assert.Contains("已放弃", await page.InnerTextAsync("[data-testid=scenarios-table]"), StringComparison.Ordinal);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task PlannerDragsAStartToStartLinkOnTheScenarioGanttAndSeesTheScenarioFinishEarlierThanLive()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1600, height: 1000);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await page.ClickAsync("[data-testid=project-switcher]");
        await page.ClickAsync(".switcher-menu a:has-text('BJHY-3')");
        await page.ClickAsync("[data-testid=nav-scenarios]");
        await page.FillAsync("[data-testid=scenario-name]", "Overlap by drag");
        await page.ClickAsync("[data-testid=scenario-create]");
        await page.WaitForSelectorAsync("[data-testid=scenario-gantt][aria-busy=false]");
        var liveFinish = (await page.InnerTextAsync("[data-testid=compare-live-finish]")).Trim();

        // The closest pair (in rows) of critical, not started activities joined by a driving FS link whose two bars
        // fit on screen together: the drag from the predecessor's start handle to the successor's start makes that
        // link start to start. Both points are checked with the chart's own hit test before the mouse moves.
        var drag = await page.EvaluateAsync<double[]?>($$"""
            () => {
                const g = {{Chart}};
                const open = a => a.critical && !a.isMilestone && !a.actualStart;
                const row = id => g.model.rowOfActivity.get(id);
                const candidates = g.payload.links.filter(x => x.type === 'FS' && x.driving && open(g.model.activities.get(x.predecessorId)) && open(g.model.activities.get(x.successorId)))
                    .sort((x, y) => Math.abs(row(x.predecessorId) - row(x.successorId)) - Math.abs(row(y.predecessorId) - row(y.successorId)));
                g.container.scrollIntoView({ block: 'start', behavior: 'instant' });
                for (const l of candidates) {
                    g.scrollToActivity(l.predecessorId);
                    g.scroller.scrollTop += (g.barBox(l.successorId).top - g.barBox(l.predecessorId).top) / 2;
                    g.draw();
                    const p = g.barBox(l.predecessorId), s = g.barBox(l.successorId);
                    const from = [p.left - 4, (p.top + p.bottom) / 2], to = [s.left + 3, (s.top + s.bottom) / 2];
                    const a = g.hitTest(from[0], from[1]), b = g.hitTest(to[0], to[1]);
                    const view = g.scroller.getBoundingClientRect();
                    const inside = ([x, y]) => x > view.left && x < Math.min(view.right, innerWidth) && y > view.top && y < Math.min(view.bottom, innerHeight);
                    if (inside(from) && inside(to) && a?.id === l.predecessorId && a.part === 'link-start' && b?.id === l.successorId && b.part !== 'row')
                        return [...from, ...to];
                }
                return null;
            }
            """);
        Assert.NotNull(drag);
        await page.Mouse.MoveAsync((float)drag[0], (float)drag[1]);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)drag[2], (float)drag[3], new() { Steps = 12 });
        await page.Mouse.UpAsync();
        // Other journeys edit the shared demo schedule first, and a parallel critical path can then hold the
        // finish: the change is always recorded and rescheduled, the finish is never later, and earlier when
        // the overlapped pair alone drove it.
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=changes-list]')?.textContent.includes('SS')");
        await page.WaitForSelectorAsync("[data-testid=scenario-gantt][aria-busy=false]");

        var scenarioFinish = (await page.InnerTextAsync("[data-testid=compare-scenario-finish]")).Trim();
        Assert.True(string.CompareOrdinal(scenarioFinish, liveFinish) <= 0, $"{liveFinish} → {scenarioFinish}");
        if (string.CompareOrdinal(scenarioFinish, liveFinish) < 0)
        {
            Assert.Contains("earlier", await page.InnerTextAsync("[data-testid=compare-difference]"), StringComparison.Ordinal);
        }
        Assert.True(await page.EvaluateAsync<bool>($"() => {Chart}.payload.links.some(l => l.type === 'SS')"));
        Assert.Equal(liveFinish, (await page.InnerTextAsync("[data-testid=compare-live-finish]")).Trim());

        // Undo the drag: the scenario is the live schedule again.
        await page.ClickAsync("[data-testid=scenario-undo]");
        await page.WaitForFunctionAsync("f => document.querySelector('[data-testid=compare-scenario-finish]')?.textContent.trim() === f", liveFinish);
        await page.Locator("[data-testid=changes-list]").ExpectCountAsync(0);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task ASubcontractorIsRefusedTheScenariosPage()
    {
        var page = await server.NewPageAsync(locale: "en-GB");
        await page.SignInAsync("sub.sun", GantryServer.DemoPassword);
        await page.ClickAsync("[data-testid=project-switcher]");
        await page.ClickAsync(".switcher-menu a:has-text('BJHY-3')");
        var response = await page.GotoAsync(page.Url.TrimEnd('/') + "/scenarios");

        Assert.Equal(403, response!.Status);
        await page.CloseContextAsync();
    }
}
