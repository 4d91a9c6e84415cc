namespace Gantry.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AdminJourneyTests(GantryServer server)
{
    [Fact]
    public async Task AdministratorRegistersAnOrganisationAndAUserWhoCanThenSignIn()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("admin", GantryServer.AdminPassword);

        await page.GotoAsync("/admin/organisations");
        await page.FillAsync("#Input_Name", "苏州钢结构工程有限公司");
        await page.SelectOptionAsync("#Input_Type", "Subcontractor");
        await page.FillAsync("#Input_Code", "SZGJG");
        await page.ClickAsync("[data-testid=create-organisation]");
        await Assertions.Expect(page.Locator("[data-testid=organisations]")).ToContainTextAsync("苏州钢结构工程有限公司");

        await page.GotoAsync("/admin/users/new");
        await page.FillAsync("#Input_UserName", "steel.he");
        await page.FillAsync("#Input_DisplayName", "何军");
        await page.FillAsync("#Input_Email", "steel.he@example.cn");
        await page.SelectOptionAsync("#Input_OrganisationId", new SelectOptionValue { Label = "苏州钢结构工程有限公司 (Subcontractor)" });
        await page.FillAsync("#Input_Password", "Steel-Initial-2026");
        await page.ClickAsync("[data-testid=create-user]");
        await page.WaitForURLAsync("**/admin/users");
        Assert.Contains("steel.he", await page.InnerTextAsync("[data-testid=users]"), StringComparison.Ordinal);
        await page.SignOutAsync();

        await page.SignInAsync("steel.he", "Steel-Initial-2026");
        Assert.Contains("何军", await page.InnerTextAsync("[data-testid=user-menu]"), StringComparison.Ordinal);
        Assert.True(await page.IsVisibleAsync("[data-testid=portfolio-empty]"));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task NewUserWithTooShortAPasswordGetsTheMessageBesideTheField()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("admin", GantryServer.AdminPassword);
        await page.GotoAsync("/admin/users/new");
        await page.FillAsync("#Input_UserName", "short.pw");
        await page.FillAsync("#Input_DisplayName", "Short Password");
        await page.FillAsync("#Input_Password", "abc");
        await page.ClickAsync("[data-testid=create-user]");

        Assert.Contains("8", await page.InnerTextAsync("[data-valmsg-for='Input.Password']"), StringComparison.Ordinal);
        Assert.NotEmpty((await page.InnerTextAsync("[data-valmsg-for='Input.OrganisationId']")).Trim());
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task AdministratorUnlocksALockedOutUserWithANewPassword()
    {
        var user = await server.NewPageAsync();
        for (var i = 0; i < 5; i++)
        {
            await user.SignInAsync("supervisor.zhao", "wrong-" + i);
        }

        var admin = await server.NewPageAsync();
        await admin.SignInAsync("admin", GantryServer.AdminPassword);
        await admin.GotoAsync("/admin/users");
        var row = admin.Locator("[data-testid=user-row]", new() { HasText = "supervisor.zhao" });
        Assert.Contains("Locked out", await row.InnerTextAsync(), StringComparison.Ordinal);
        await row.Locator("a").First.ClickAsync();
        await admin.FillAsync("#NewPassword", "Zhao-Reset-2026");
        await admin.ClickAsync("[data-testid=reset-password]");
        await admin.WaitForSelectorAsync("[data-testid=flash]");

        await user.SignInAsync("supervisor.zhao", "Zhao-Reset-2026");
        Assert.True(await user.IsVisibleAsync("[data-testid=user-menu]"));
        await user.CloseContextAsync();
        await admin.CloseContextAsync();
    }

    [Fact]
    public async Task DisabledUserCanNoLongerSignIn()
    {
        await server.CreateUserAsync("to.disable", "To Disable", "Disable-Me-2026");
        var admin = await server.NewPageAsync();
        await admin.SignInAsync("admin", GantryServer.AdminPassword);
        await admin.GotoAsync("/admin/users");
        await admin.Locator("[data-testid=user-row]", new() { HasText = "to.disable" }).Locator("a").First.ClickAsync();
        await admin.UncheckAsync("#Input_IsActive");
        await admin.ClickAsync("[data-testid=save-user]");
        await admin.WaitForURLAsync("**/admin/users");
        Assert.Contains("Inactive", await admin.Locator("[data-testid=user-row]", new() { HasText = "to.disable" }).InnerTextAsync(),
            StringComparison.Ordinal);

        var user = await server.NewPageAsync();
        await user.SignInAsync("to.disable", "Disable-Me-2026");
        Assert.True(await user.IsVisibleAsync("[data-testid=signin-error]"));
        await user.CloseContextAsync();
        await admin.CloseContextAsync();
    }
}
