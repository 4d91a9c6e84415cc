namespace Gantry.BrowserTests;

/// <summary>The administration pages on a 390 px phone: every fact of a row on the screen, none hidden to the right.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminPhoneLayoutTests(GantryServer server)
{
    [Fact]
    public async Task UserListOnAPhoneShowsEveryUsersEmailWithinTheScreen()
    {
        var page = await server.NewPageAsync(locale: "zh-CN", width: 390, height: 844);
        await page.SignInAsync("admin", GantryServer.AdminPassword);
        await page.GotoAsync("/admin/users");
        await page.WaitForLoadStateAsync(LoadState.Load);

        var emails = page.Locator("[data-testid=user-row] [data-testid=user-email]");
        Assert.True(await emails.CountAsync() > 1);
        foreach (var email in await emails.AllAsync())
        {
            var box = await email.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"\"{await email.InnerTextAsync()}\" is drawn at {box.X}–{box.X + box.Width}px of a 390px screen");
        }

        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);
        await page.CloseContextAsync();
    }
}
