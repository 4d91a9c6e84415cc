using System.Globalization;

namespace Gantry.BrowserTests;

/// <summary>Three-level plans on the demo project 滨江花园3号楼: a weekly plan prepared, approved, published and printed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanJourneyTests(GantryServer server)
{
    private const string Mep = "宏远机电安装工程有限公司";

    /// <summary>The Monday of the first week after the data date in which the MEP subcontractor has work, read from the schedule API.</summary>
    private static async Task<string> MepWeekAsync(IPage page, string projectId) =>
        await page.EvaluateAsync<string>($$"""
            async () => {
                const s = await (await fetch('/api/v1/projects/{{projectId}}/schedule')).json();
                const mep = s.activities.filter(a => a.responsibleOrganisationName === '{{Mep}}' && a.earlyStart > '2026-06-02')
                    .map(a => a.earlyStart.substring(0, 10)).sort();
                return mep[0];
            }
            """);

    [Fact]
    public async Task APlannerPreparesAWeeklyPlanThePmPublishesItAndOnlyThatSubcontractorSeesIt()
    {
        var planner = await server.NewPageAsync(locale: "en-GB", width: 1400, height: 1000);
        await planner.SignInAsync("planner.li", GantryServer.DemoPassword);
        await planner.ClickAsync("[data-testid=project-switcher]");
        await planner.ClickAsync(".switcher-menu a:has-text('BJHY-3')");
        await planner.ClickAsync("[data-testid=plans-link]");
        await planner.WaitForSelectorAsync("[data-testid=plan-create]");
        var projectId = planner.Url.Split('/')[^2];
        var week = await MepWeekAsync(planner, projectId);

        await planner.SelectOptionAsync("[data-testid=create-level]", "Weekly");
        await planner.FillAsync("[data-testid=create-date]", week);
        await planner.SelectOptionAsync("[data-testid=create-organisation]", new SelectOptionValue { Label = Mep });
        await planner.ClickAsync("[data-testid=create-plan]");
        await planner.WaitForSelectorAsync("[data-testid=plan-item]");
        var planUrl = new Uri(planner.Url).AbsolutePath;
        Assert.Equal("Draft", (await planner.InnerTextAsync("[data-testid=plan-status]")).Trim());

        // Split the first item into two daily tasks: its first day and the day after.
        var item = planner.Locator("[data-testid=plan-item]").First;
        var code = await item.GetAttributeAsync("data-code");
        await item.Locator("[data-testid=split-item] summary").ClickAsync();
        var firstDay = await item.Locator("[data-testid=task-date]").InputValueAsync();
        await item.Locator("[data-testid=task-crew]").FillAsync("安装一班");
        await item.Locator("[data-testid=task-description]").FillAsync("预埋线管");
        await item.Locator("[data-testid=task-quantity]").FillAsync("120");
        await item.Locator("[data-testid=task-add]").ClickAsync();
        await planner.WaitForSelectorAsync("[data-testid=task-row]");
        var nextDay = DateOnly.ParseExact(firstDay, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        item = planner.Locator($"[data-testid=plan-item][data-code='{code}']");
        await item.Locator("[data-testid=split-item] summary").ClickAsync();
        await item.Locator("[data-testid=task-date]").SelectOptionAsync(nextDay);
        await item.Locator("[data-testid=task-crew]").FillAsync("安装二班");
        await item.Locator("[data-testid=task-description]").FillAsync("桥架安装");
        await item.Locator("[data-testid=task-add]").ClickAsync();
        await planner.WaitForFunctionAsync($"() => document.querySelectorAll(\"[data-code='{code}'] [data-testid=task-row]\").length === 2");
        await planner.ClickAsync("[data-testid=plan-submit]");
        await planner.WaitForSelectorAsync("[data-testid=plan-status]:has-text('Submitted')");
        await planner.Locator("[data-testid=plan-approve]").ExpectCountAsync(0);

        var pm = await server.NewPageAsync(locale: "en-GB");
        await pm.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        await pm.GotoAsync(planUrl);
        await pm.ClickAsync("[data-testid=plan-approve]");
        await pm.ClickAsync("[data-testid=plan-publish]");
        await pm.WaitForSelectorAsync("[data-testid=plan-status]:has-text('Published')");
        Assert.Contains("张伟", await pm.InnerTextAsync("[data-testid=plan-published-by]"), StringComparison.Ordinal);

        var sub = await server.NewPageAsync(locale: "en-GB", width: 390, height: 844);
        await sub.SignInAsync("sub.sun", GantryServer.DemoPassword);
        await sub.GotoAsync(planUrl);
        Assert.Equal("Published", (await sub.InnerTextAsync("[data-testid=plan-status]")).Trim());
        await sub.Locator("[data-testid=task-form]").ExpectCountAsync(0);
        await sub.ClickAsync("[data-testid=plan-print]");
        await sub.WaitForSelectorAsync("[data-testid=print-table]");
        Assert.Contains("滨江花园3号楼", await sub.InnerTextAsync("[data-testid=print-project]"), StringComparison.Ordinal);
        var printed = await sub.Locator("[data-testid=print-task]").AllInnerTextsAsync();
        Assert.Equal(2, printed.Count);
        Assert.Contains(printed, t => t.Contains("安装一班", StringComparison.Ordinal) && t.Contains("120", StringComparison.Ordinal));
        Assert.Contains(printed, t => t.Contains("安装二班", StringComparison.Ordinal));

        var other = await server.NewPageAsync(locale: "en-GB");
        await other.SignInAsync("sub.zhou", GantryServer.DemoPassword);
        var denied = await other.GotoAsync(planUrl);
        Assert.Equal(404, denied!.Status);
        await other.GotoAsync($"/projects/{projectId}/plans");
        await other.Locator($"[data-testid=plan-row] a[href$='{planUrl.Split('/')[^1]}']").ExpectCountAsync(0);

        foreach (var page in new[] { planner, pm, sub, other })
        {
            await page.CloseContextAsync();
        }
    }
}
