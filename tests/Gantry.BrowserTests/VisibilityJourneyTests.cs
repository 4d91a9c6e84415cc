namespace Gantry.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class VisibilityJourneyTests(GantryServer server)
{
    [Fact]
    public async Task SubcontractorDoesNotSeeAProjectItIsNotAMemberOfAndGets404OnItsUrl()
    {
        // The project manager is a member of both demo projects and can read the car park's address.
        var manager = await server.NewPageAsync();
        await manager.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        var carParkUrl = await manager.Locator("[data-testid=portfolio-row]", new() { HasText = "BJHY-GK" })
            .Locator("a").First.GetAttributeAsync("href");
        Assert.NotNull(carParkUrl);
        await manager.CloseContextAsync();

        // The curtain-wall subcontractor works only on the residential building.
        var subcontractor = await server.NewPageAsync();
        await subcontractor.SignInAsync("sub.zhou", GantryServer.DemoPassword);
        var portfolio = await subcontractor.InnerTextAsync("[data-testid=portfolio]");
        Assert.Contains("BJHY-3", portfolio, StringComparison.Ordinal);
        Assert.DoesNotContain("BJHY-GK", portfolio, StringComparison.Ordinal);
        Assert.DoesNotContain("地下车库", await subcontractor.InnerTextAsync("nav"), StringComparison.Ordinal);

        var response = await subcontractor.GotoAsync(carParkUrl!);
        Assert.Equal(404, response!.Status);
        Assert.True(await subcontractor.IsVisibleAsync("[data-testid=not-found]"));
        Assert.DoesNotContain("地下车库", await subcontractor.ContentAsync(), StringComparison.Ordinal);

        var edit = await subcontractor.GotoAsync(carParkUrl + "/edit");
        Assert.Equal(404, edit!.Status);
        await subcontractor.CloseContextAsync();
    }

    [Fact]
    public async Task NonAdministratorGets404OnAdministrationPages()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("owner.liu", GantryServer.DemoPassword);

        await page.Locator("a[href='/admin/users']").ExpectCountAsync(0);
        var response = await page.GotoAsync("/admin/users");
        Assert.Equal(404, response!.Status);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task UnknownAddressShowsTheNotFoundPage()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("owner.liu", GantryServer.DemoPassword);

        var response = await page.GotoAsync("/no/such/page");
        Assert.Equal(404, response!.Status);
        Assert.True(await page.IsVisibleAsync("[data-testid=not-found]"));
        await page.CloseContextAsync();
    }
}
