namespace Gantry.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccountJourneyTests(GantryServer server)
{
    [Fact]
    public async Task TokenIsShownOnceWorksForTheApiAndStopsWorkingWhenRevoked()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("cost.chen", GantryServer.DemoPassword);
        await page.GotoAsync("/account/tokens");
        await page.FillAsync("#Input_Name", "cost export");
        await page.ClickAsync("[data-testid=create-token]");

        var token = (await page.InnerTextAsync("[data-testid=token-value]")).Trim();
        Assert.StartsWith("gantry_", token, StringComparison.Ordinal);
        Assert.Equal(200, await MeStatusAsync(token));

        // Shown once: the list afterwards has only its first characters.
        await page.GotoAsync("/account/tokens");
        await page.Locator("[data-testid=token-value]").ExpectCountAsync(0);
        Assert.DoesNotContain(token, await page.ContentAsync(), StringComparison.Ordinal);

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.Locator("[data-testid=token-row]", new() { HasText = "cost export" })
            .Locator("[data-testid=revoke-token]").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=token-revoked]");
        Assert.Equal(401, await MeStatusAsync(token));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task TokenWithoutANameShowsTheMessageBesideTheField()
    {
        var page = await server.NewPageAsync(locale: "zh-CN");
        await page.SignInAsync("cost.chen", GantryServer.DemoPassword);
        await page.GotoAsync("/account/tokens");
        await page.ClickAsync("[data-testid=create-token]");

        Assert.NotEmpty((await page.InnerTextAsync("[data-valmsg-for='Input.Name']")).Trim());
        await page.Locator("[data-testid=token-value]").ExpectCountAsync(0);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task UserChangesTheirPasswordAndSignsInWithTheNewOne()
    {
        await server.CreateUserAsync("pw.changer", "Password Changer", "Changer-Old-2026");
        var page = await server.NewPageAsync();
        await page.SignInAsync("pw.changer", "Changer-Old-2026");
        await page.GotoAsync("/account/password");

        await page.FillAsync("#Input_CurrentPassword", "wrong-current");
        await page.FillAsync("#Input_NewPassword", "Owner-New-Password-1");
        await page.FillAsync("#Input_ConfirmPassword", "Owner-New-Password-1");
        await page.ClickAsync("[data-testid=change-password]");
        Assert.NotEmpty((await page.InnerTextAsync("[data-valmsg-for='Input.CurrentPassword']")).Trim());

        await page.FillAsync("#Input_CurrentPassword", "Changer-Old-2026");
        await page.FillAsync("#Input_NewPassword", "Owner-New-Password-1");
        await page.FillAsync("#Input_ConfirmPassword", "Owner-New-Password-1");
        await page.ClickAsync("[data-testid=change-password]");
        await page.WaitForSelectorAsync("[data-testid=flash]");
        await page.SignOutAsync();

        await page.SignInAsync("pw.changer", "Changer-Old-2026");
        Assert.True(await page.IsVisibleAsync("[data-testid=signin-error]"));
        await page.SignInAsync("pw.changer", "Owner-New-Password-1");
        Assert.True(await page.IsVisibleAsync("[data-testid=user-menu]"));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task RevokingATokenThatIsNotTheUsersAnswersWithTheNotFoundPage()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await page.GotoAsync("/account/tokens");
        await page.FillAsync("#Input_Name", "tampered");
        await page.ClickAsync("[data-testid=create-token]");

        // A hand-made request for someone else's token id: the form is pointed at an id the user does not own.
        await page.EvalOnSelectorAsync("[data-testid=token-row] form",
            "f => f.action = f.action.replace(/tokenId=[^&]+/, 'tokenId=' + crypto.randomUUID())");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("[data-testid=revoke-token]"),
            r => r.Url.Contains("handler=Revoke", StringComparison.Ordinal));

        Assert.Equal(404, response.Status);
        Assert.True(await page.IsVisibleAsync("[data-testid=not-found]"));
        await page.CloseContextAsync();
    }

    private async Task<int> MeStatusAsync(string token)
    {
        var api = await server.Playwright.APIRequest.NewContextAsync(new APIRequestNewContextOptions
        {
            BaseURL = server.BaseUrl,
            ExtraHTTPHeaders = new Dictionary<string, string>(StringComparer.Ordinal) { ["Authorization"] = "Bearer " + token },
        });
        var response = await api.GetAsync("/api/v1/me");
        await api.DisposeAsync();
        return response.Status;
    }
}
