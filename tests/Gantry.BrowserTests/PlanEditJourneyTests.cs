namespace Gantry.BrowserTests;

/// <summary>Inline editing of a weekly plan on a phone: a tap on a task opens its editor, the save shows at once.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanEditJourneyTests(GantryServer server)
{
    [Fact]
    public async Task APlannerOnAPhoneOpensATaskChangesItsCrewAndQuantityAndSeesItSaved()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 390, height: 844);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        // On a phone the project switcher sits in the collapsed menu: find the demo project through the API instead.
        var projectId = await page.EvaluateAsync<string>(
            "async () => (await (await fetch('/api/v1/projects?search=BJHY-3')).json()).find(p => p.code === 'BJHY-3').id");

        // A whole-project weekly plan for the week of 8 June 2026 with one task, made through the API as the page would.
        var planId = await page.EvaluateAsync<string>($$"""
            async () => {
                const url = '/api/v1/projects/{{projectId}}/plans';
                const json = { 'Content-Type': 'application/json' };
                const plan = await (await fetch(url, { method: 'POST', headers: json, body: JSON.stringify({ level: 'Weekly', date: '2026-06-08' }) })).json();
                const item = plan.items[0];
                await fetch(`${url}/${plan.id}/items/${item.id}/tasks`, { method: 'POST', headers: json,
                    body: JSON.stringify({ date: item.plannedStart, crew: '木工一班', description: '支模', quantity: 40, unit: 'm²', version: plan.version }) });
                return plan.id;
            }
            """);
        await page.GotoAsync($"/projects/{projectId}/plans/{planId}");
        Assert.True(await page.Locator("[data-testid=task-editor]").First.IsHiddenAsync());

        await page.Locator("[data-testid=task-row]").First.Locator("td").First.ClickAsync();
        var editor = page.Locator("[data-testid=task-editor]").First;
        await editor.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Equal("木工一班", await editor.Locator("[data-testid=edit-task-crew]").InputValueAsync());
        await editor.Locator("[data-testid=edit-task-crew]").FillAsync("木工夜班");
        await editor.Locator("[data-testid=edit-task-quantity]").FillAsync("55");
        await editor.Locator("[data-testid=edit-task-save]").ClickAsync();

        await page.WaitForSelectorAsync("[data-testid=flash]");
        var row = await page.Locator("[data-testid=task-row]").First.InnerTextAsync();
        Assert.Contains("木工夜班", row, StringComparison.Ordinal);
        Assert.Contains("55", row, StringComparison.Ordinal);
        Assert.True(await page.Locator("[data-testid=task-editor]").First.IsHiddenAsync());
        var saved = await page.EvaluateAsync<string>($"async () => (await (await fetch('/api/v1/projects/{projectId}/plans/{planId}')).json()).items[0].tasks[0].crew");
        Assert.Equal("木工夜班", saved);
        await page.CloseContextAsync();
    }
}
