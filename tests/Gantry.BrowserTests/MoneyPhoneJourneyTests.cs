namespace Gantry.BrowserTests;

/// <summary>The money lists a foreman opens on site, read on a 390 px phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MoneyPhoneJourneyTests(GantryServer server)
{
    [Fact]
    public async Task ForemanReadsHisTicketsOnAPhoneWithoutScrollingSideways()
    {
        var page = await server.NewPageAsync(locale: "zh-CN", width: 390, height: 844);
        await page.SignInAsync("sub.sun", GantryServer.DemoPassword);
        var href = await page.Locator("[data-testid=portfolio-row]", new() { HasText = "BJHY-3" }).Locator("a").First.GetAttributeAsync("href");

        await page.GotoAsync(href + "/day-labour");
        await page.WaitForLoadStateAsync(LoadState.Load);

        var table = page.Locator("[data-testid=tickets]");
        var overflow = await table.EvaluateAsync<int>("t => t.scrollWidth - t.parentElement.clientWidth");
        Assert.True(overflow <= 0, $"the ticket list is {overflow}px wider than the phone's card");
        var statuses = page.Locator("[data-testid=ticket-row-status]");
        Assert.True(await statuses.CountAsync() > 0);
        var box = await statuses.First.BoundingBoxAsync();
        Assert.True(box!.X + box.Width <= 390, "each ticket's status is on screen");
        Assert.True(await page.Locator("[data-testid=ticket-row-place]").First.IsVisibleAsync());
        var crewWidth = await page.Locator("[data-testid=ticket-row-place]").First.EvaluateAsync<double>("e => e.getBoundingClientRect().width");
        Assert.True(crewWidth >= 60, $"crew and place get a readable width ({crewWidth}px), not a letter per line");
        await page.CloseContextAsync();
    }
}
