namespace Gantry.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SignInJourneyTests(GantryServer server)
{
    [Fact]
    public async Task AnonymousVisitorIsSentToSignInAndBackAfterwards()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/account/password");
        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);

        await page.FillAsync("#Input_Login", "planner.li");
        await page.FillAsync("#Input_Password", GantryServer.DemoPassword);
        await page.ClickAsync("[data-testid=signin-submit]");
        await page.WaitForURLAsync("**/account/password");
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task UserSignsInWithEmailAndSeesTheirNameAndProjects()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("planner.li@demo.gantry.local", GantryServer.DemoPassword);

        Assert.Contains("李娜", await page.InnerTextAsync("[data-testid=user-menu]"), StringComparison.Ordinal);
        Assert.Contains("BJHY-3", await page.InnerTextAsync("[data-testid=portfolio]"), StringComparison.Ordinal);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task WrongPasswordShowsAMessageAndKeepsTheUserOnSignIn()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("site.wang", "not-the-password");

        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
        Assert.True(await page.IsVisibleAsync("[data-testid=signin-error]"));
        await page.Locator("[data-testid=user-menu]").ExpectCountAsync(0);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task RepeatedWrongPasswordsLockTheAccountEvenForTheRightPassword()
    {
        var page = await server.NewPageAsync();
        for (var i = 0; i < 5; i++)
        {
            await page.SignInAsync("designer.zheng", "wrong-" + i);
        }

        await page.SignInAsync("designer.zheng", GantryServer.DemoPassword);

        var message = await page.InnerTextAsync("[data-testid=signin-error]");
        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
        Assert.Matches(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", message);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("cost.chen", GantryServer.DemoPassword);
        await page.SignOutAsync();

        await page.GotoAsync("/");
        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
        await page.CloseContextAsync();
    }
}
