namespace Gantry.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(GantryServer server)
{
    [Fact]
    public async Task PortfolioAt375PixelsHasNoHorizontalScrollAndACollapsedMenu()
    {
        var page = await server.NewPageAsync(locale: "zh-CN", width: 375, height: 740);
        await page.SignInAsync("site.wang", GantryServer.DemoPassword);

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"page is {scrollWidth}px wide at a 375px window");
        Assert.True(await page.IsVisibleAsync(".navbar-toggler"));
        Assert.False(await page.IsVisibleAsync("[data-testid=nav-portfolio]"));
        Assert.True(await page.IsVisibleAsync("[data-testid=portfolio-row]"));

        await page.ClickAsync(".navbar-toggler");
        await page.WaitForSelectorAsync("[data-testid=nav-portfolio]", new() { State = WaitForSelectorState.Visible });
        Assert.True(await page.IsVisibleAsync("[data-testid=language-switch]"));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task ProjectPagesAt375PixelsHaveNoHorizontalScroll()
    {
        var page = await server.NewPageAsync(locale: "zh-CN", width: 375, height: 740);
        await page.SignInAsync("pm.zhang", GantryServer.DemoPassword);

        foreach (var path in new[] { "/projects/new", "/account/tokens", "/account/password" })
        {
            await page.GotoAsync(path);
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= 375, $"{path} is {scrollWidth}px wide at a 375px window");
        }

        await page.GotoAsync("/");
        await page.Locator("[data-testid=portfolio-row] a").First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=project-name]");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375);
        await page.CloseContextAsync();
    }
}
