namespace Gantry.BrowserTests;

/// <summary>A crew reads its weekly plan on a phone: every fact of a daily task on the screen, the task readable.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanPhoneLayoutTests(GantryServer server)
{
    [Fact]
    public async Task WeeklyPlanOnAPhoneShowsEveryDailyTaskFactWithinTheScreen()
    {
        var page = await server.NewPageAsync(locale: "zh-CN", width: 390, height: 844);
        await page.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        await page.Locator("[data-testid=portfolio-row] a:has-text('滨江花园3号楼')").First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=project-name]");
        await page.GotoAsync(new Uri(page.Url).AbsolutePath + "/plans");
        // The demo's weekly plan splits its first item into daily tasks.
        await page.Locator("[data-testid=plan-list] a:has-text('第23周')").First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=task-row]");
        await page.WaitForLoadStateAsync(LoadState.Load);

        var cells = page.Locator("[data-testid=task-row]").First.Locator("td");
        Assert.True(await cells.CountAsync() >= 6);
        foreach (var cell in await cells.AllAsync())
        {
            var box = await cell.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"\"{await cell.InnerTextAsync()}\" is drawn at {box.X}–{box.X + box.Width}px of a 390px screen");
        }

        // The description gets the card's width, not a column a few characters wide.
        var description = await cells.Nth(2).BoundingBoxAsync();
        Assert.True(description!.Width > 250, $"the task description is {description.Width}px wide");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);
        await page.CloseContextAsync();
    }
}
