namespace Gantry.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class LanguageJourneyTests(GantryServer server)
{
    [Fact]
    public async Task ChineseBrowserGetsTheChineseSignInPage()
    {
        var page = await server.NewPageAsync(locale: "zh-CN");
        await page.GotoAsync("/sign-in");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("登录 Gantry");
        Assert.Equal("zh-Hans", await page.GetAttributeAsync("html", "lang"));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task EnglishBrowserGetsTheEnglishSignInPage()
    {
        var page = await server.NewPageAsync(locale: "en-GB");
        await page.GotoAsync("/sign-in");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in to Gantry");
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task VisitorSwitchesTheSignInPageToEnglishBeforeSigningIn()
    {
        var page = await server.NewPageAsync(locale: "zh-CN");
        await page.GotoAsync("/sign-in");
        await page.ClickAsync("[data-testid=language-switch] button[value=en]");

        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in to Gantry");
        Assert.Equal("User name or e-mail", (await page.InnerTextAsync("label[for=Input_Login]")).Trim());
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task SwitchedLanguageChangesTheTextAndIsRememberedAfterSigningOutAndIn()
    {
        var page = await server.NewPageAsync(locale: "en-US");
        await page.SignInAsync("supplier.wu", GantryServer.DemoPassword);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Portfolio");

        await page.ClickAsync("[data-testid=language-switch] button[value=zh-Hans]");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("项目组合");
        await page.SignOutAsync();
        await page.CloseContextAsync();

        // A new browser with no cookies and an English language setting: the user's choice still wins.
        var later = await server.NewPageAsync(locale: "en-US");
        await later.SignInAsync("supplier.wu", GantryServer.DemoPassword);
        await Assertions.Expect(later.Locator("h1")).ToHaveTextAsync("项目组合");

        await later.ClickAsync("[data-testid=language-switch] button[value=en]");
        await Assertions.Expect(later.Locator("h1")).ToHaveTextAsync("Portfolio");
        await later.CloseContextAsync();
    }
}
