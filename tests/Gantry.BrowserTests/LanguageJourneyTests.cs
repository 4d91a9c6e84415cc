namespace Gantry.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class LanguageJourneyTests(GantryServer server)
{
    [Fact]
    public async Task ChineseBrowserGetsTheChineseSignInPage()
    {
        var page = await server.NewPageAsync(locale: "zh-CN");
        await page.GotoAsync("/sign-in");

        Assert.Equal("登录 Gantry", (await page.InnerTextAsync("h1")).Trim());
        Assert.Equal("zh-Hans", await page.GetAttributeAsync("html", "lang"));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task EnglishBrowserGetsTheEnglishSignInPage()
    {
        var page = await server.NewPageAsync(locale: "en-GB");
        await page.GotoAsync("/sign-in");

        Assert.Equal("Sign in to Gantry", (await page.InnerTextAsync("h1")).Trim());
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task VisitorSwitchesTheSignInPageToEnglishBeforeSigningIn()
    {
        var page = await server.NewPageAsync(locale: "zh-CN");
        await page.GotoAsync("/sign-in");
        await page.ClickAsync("[data-testid=language-switch] button[value=en]");

        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
        Assert.Equal("Sign in to Gantry", (await page.InnerTextAsync("h1")).Trim());
        Assert.Equal("User name or e-mail", (await page.InnerTextAsync("label[for=Input_Login]")).Trim());
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task SwitchedLanguageChangesTheTextAndIsRememberedAfterSigningOutAndIn()
    {
        var page = await server.NewPageAsync(locale: "en-US");
        await page.SignInAsync("supplier.wu", GantryServer.DemoPassword);
        Assert.Equal("Portfolio", (await page.InnerTextAsync("h1")).Trim());

        await page.ClickAsync("[data-testid=language-switch] button[value=zh-Hans]");
        Assert.Equal("项目组合", (await page.InnerTextAsync("h1")).Trim());
        await page.SignOutAsync();
        await page.CloseContextAsync();

        // A new browser with no cookies and an English language setting: the user's choice still wins.
        var later = await server.NewPageAsync(locale: "en-US");
        await later.SignInAsync("supplier.wu", GantryServer.DemoPassword);
        Assert.Equal("项目组合", (await later.InnerTextAsync("h1")).Trim());

        await later.ClickAsync("[data-testid=language-switch] button[value=en]");
        Assert.Equal("Portfolio", (await later.InnerTextAsync("h1")).Trim());
        await later.CloseContextAsync();
    }
}
