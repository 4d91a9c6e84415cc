using System.Text.RegularExpressions;

namespace Gantry.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed partial class ProjectJourneyTests(GantryServer server)
{
    [Fact]
    public async Task CreatedProjectAppearsInThePortfolioAndItsSearch()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        await page.ClickAsync("[data-testid=new-project]");

        await page.FillAsync("#Input_Code", "BT-NEW-1");
        await page.FillAsync("#Input_Name", "Riverside Pumping Station");
        await page.SelectOptionAsync("#Input_Type", "Infrastructure");
        await page.FillAsync("#Input_Location", "Nanjing");
        await page.SelectOptionAsync("#Input_OwnerOrganisationId", new SelectOptionValue { Index = 1 });
        await page.FillAsync("#Input_ContractAmount", "12500000.50");
        await page.FillAsync("#Input_PlannedStart", "2026-05-04");
        await page.FillAsync("#Input_PlannedFinish", "2027-03-31");
        await page.ClickAsync("[data-testid=save-project]");

        Assert.Equal("Riverside Pumping Station", (await page.InnerTextAsync("[data-testid=project-name]")).Trim());
        Assert.Contains("12,500,000.50 CNY", await page.InnerTextAsync("main"), StringComparison.Ordinal);

        await page.ClickAsync("[data-testid=nav-portfolio]");
        Assert.Contains("Riverside Pumping Station", await page.InnerTextAsync("[data-testid=portfolio]"), StringComparison.Ordinal);

        await page.FillAsync("[data-testid=portfolio-search]", "pumping");
        await page.PressAsync("[data-testid=portfolio-search]", "Enter");
        await page.WaitForURLAsync("**q=pumping**");
        var rows = page.Locator("[data-testid=portfolio-row]");
        await rows.ExpectCountAsync(1);
        Assert.Contains("BT-NEW-1", await rows.First.InnerTextAsync(), StringComparison.Ordinal);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task ProjectSwitcherInTheTopBarOpensAProject()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await page.ClickAsync("[data-testid=project-switcher]");
        await page.ClickAsync(".switcher-menu a:has-text('BJHY-3')");

        Assert.Equal("滨江花园3号楼", (await page.InnerTextAsync("[data-testid=project-name]")).Trim());
        Assert.Contains("滨江花园3号楼", await page.InnerTextAsync("[data-testid=project-switcher]"), StringComparison.Ordinal);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task PortfolioSortsByAColumnBothWays()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("pm.zhang", GantryServer.DemoPassword);

        await page.ClickAsync("[data-sort=amount]");
        var ascending = await FirstRowCodeAsync(page);
        await page.ClickAsync("[data-sort=amount]");
        var descending = await FirstRowCodeAsync(page);

        Assert.Contains("sort=amount_desc", page.Url, StringComparison.Ordinal);
        Assert.NotEqual(ascending, descending);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task InvalidProjectShowsChineseMessagesNextToTheFields()
    {
        var page = await server.NewPageAsync(locale: "zh-CN");
        await page.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        await page.GotoAsync("/projects/new");
        await page.FillAsync("#Input_Code", "BT-BAD");
        await page.FillAsync("#Input_PlannedStart", "2026-05-04");
        await page.FillAsync("#Input_PlannedFinish", "2026-05-01");
        await page.ClickAsync("[data-testid=save-project]");

        var nameMessage = await page.InnerTextAsync("[data-valmsg-for='Input.Name']");
        var finishMessage = await page.InnerTextAsync("[data-valmsg-for='Input.PlannedFinish']");
        Assert.Matches(Chinese(), nameMessage);
        Assert.Matches(Chinese(), finishMessage);
        Assert.Empty((await page.InnerTextAsync("[data-valmsg-for='Input.Code']")).Trim());
        // The form keeps what was typed.
        Assert.Equal("BT-BAD", await page.InputValueAsync("#Input_Code"));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task SavingOverSomeoneElsesChangeShowsAConflictAndKeepsTheirChange()
    {
        var first = await server.NewPageAsync();
        await first.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        var projectUrl = await CreateProjectAsync(first, "BT-CONFLICT", "Conflict Test Tower");
        var second = await server.NewPageAsync();
        await second.SignInAsync("pm.zhang", GantryServer.DemoPassword);

        await first.GotoAsync(projectUrl + "/edit");
        await second.GotoAsync(projectUrl + "/edit");
        await first.FillAsync("#Input_Location", "Saved first");
        await first.ClickAsync("[data-testid=save-project]");
        await second.FillAsync("#Input_Location", "Saved second");
        await second.ClickAsync("[data-testid=save-project]");

        Assert.True(await second.IsVisibleAsync("[data-testid=conflict]"));
        await second.GotoAsync(projectUrl);
        Assert.Contains("Saved first", await second.InnerTextAsync("main"), StringComparison.Ordinal);
        await first.CloseContextAsync();
        await second.CloseContextAsync();
    }

    [Fact]
    public async Task ProjectManagerAddsAMemberWithRoleAndPartyRoleThenChangesTheRole()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        var projectUrl = await CreateProjectAsync(page, "BT-TEAM", "Team Test Hall");

        await page.SelectOptionAsync("#NewMember_UserId", new SelectOptionValue { Label = "孙浩 (sub.sun) · 宏远机电安装工程有限公司" });
        await page.SelectOptionAsync("#NewMember_Role", "SiteEngineer");
        await page.SelectOptionAsync("#NewMember_PartyRole", "Subcontractor");
        await page.ClickAsync("[data-testid=add-member]");

        Assert.EndsWith(projectUrl, page.Url, StringComparison.Ordinal);
        var row = page.Locator("[data-testid=member-row]", new() { HasText = "孙浩" });
        Assert.Contains("Subcontractor", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("SiteEngineer", await row.Locator("[data-testid=member-role]").InputValueAsync());

        await row.Locator("[data-testid=member-role]").SelectOptionAsync("Viewer");
        await row.Locator("[data-testid=save-role]").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=flash]");
        Assert.Equal("Viewer", await page.Locator("[data-testid=member-row]", new() { HasText = "孙浩" })
            .Locator("[data-testid=member-role]").InputValueAsync());
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task LastProjectManagerCannotBeDemoted()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        await CreateProjectAsync(page, "BT-LASTPM", "Last Manager Shed");
        var row = page.Locator("[data-testid=member-row]", new() { HasText = "张伟" });
        await row.Locator("[data-testid=member-role]").SelectOptionAsync("Viewer");
        await row.Locator("[data-testid=save-role]").ClickAsync();

        await page.WaitForSelectorAsync("[data-testid=flash-error]");
        Assert.Equal("ProjectManager", await page.Locator("[data-testid=member-row]", new() { HasText = "张伟" })
            .Locator("[data-testid=member-role]").InputValueAsync());
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task RemovedMemberGets404OnTheProjectTheyWereTakenOff()
    {
        var manager = await server.NewPageAsync();
        await manager.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        var projectUrl = await CreateProjectAsync(manager, "BT-REMOVE", "Removal Test Annex");
        await manager.SelectOptionAsync("#NewMember_UserId", new SelectOptionValue { Label = "陈静 (cost.chen) · 江城建工集团有限公司" });
        await manager.SelectOptionAsync("#NewMember_Role", "CostController");
        await manager.ClickAsync("[data-testid=add-member]");

        var member = await server.NewPageAsync();
        await member.SignInAsync("cost.chen", GantryServer.DemoPassword);
        Assert.Equal(200, (await member.GotoAsync(projectUrl))!.Status);

        manager.Dialog += (_, dialog) => dialog.AcceptAsync();
        await manager.Locator("[data-testid=member-row]", new() { HasText = "陈静" }).Locator("[data-testid=remove-member]").ClickAsync();
        await manager.WaitForSelectorAsync("[data-testid=flash]");
        Assert.DoesNotContain("陈静", await manager.InnerTextAsync("[data-testid=members]"), StringComparison.Ordinal);

        Assert.Equal(404, (await member.GotoAsync(projectUrl))!.Status);
        await manager.CloseContextAsync();
        await member.CloseContextAsync();
    }

    [Fact]
    public async Task ArchivedProjectLeavesThePortfolioButCanBeShown()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        await CreateProjectAsync(page, "BT-ARCH", "Archive Test Depot");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.ClickAsync("[data-testid=archive-project]");
        await page.WaitForSelectorAsync("text=Project archived.");

        await page.GotoAsync("/");
        Assert.DoesNotContain("BT-ARCH", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.GotoAsync("/?archived=true");
        Assert.Contains("BT-ARCH", await page.InnerTextAsync("[data-testid=portfolio]"), StringComparison.Ordinal);
        await page.CloseContextAsync();
    }

    /// <summary>Creates a project through the form and returns its overview URL.</summary>
    internal static async Task<string> CreateProjectAsync(IPage page, string code, string name)
    {
        await page.GotoAsync("/projects/new");
        await page.FillAsync("#Input_Code", code);
        await page.FillAsync("#Input_Name", name);
        await page.SelectOptionAsync("#Input_Type", "Building");
        await page.SelectOptionAsync("#Input_OwnerOrganisationId", new SelectOptionValue { Index = 1 });
        await page.FillAsync("#Input_ContractAmount", "1000000");
        await page.FillAsync("#Input_PlannedStart", "2026-06-01");
        await page.FillAsync("#Input_PlannedFinish", "2026-12-31");
        await page.ClickAsync("[data-testid=save-project]");
        await page.WaitForSelectorAsync("[data-testid=project-name]");
        return new Uri(page.Url).AbsolutePath;
    }

    private static async Task<string> FirstRowCodeAsync(IPage page) =>
        (await page.Locator("[data-testid=portfolio-row] td").First.InnerTextAsync()).Trim();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
