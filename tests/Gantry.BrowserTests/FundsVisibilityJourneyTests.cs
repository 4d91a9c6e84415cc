namespace Gantry.BrowserTests;

/// <summary>A subcontractor's funds pages show its own contracts only, and a rejected payment request keeps who rejected it and why.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FundsVisibilityJourneyTests(GantryServer server)
{
    [Fact]
    public async Task SubcontractorSeesOnlyItsOwnContractAndGets404OnAnothers()
    {
        var manager = await server.NewPageAsync();
        await manager.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        var projectPath = await manager.Locator("[data-testid=portfolio-row]", new() { HasText = "BJHY-3" }).Locator("a").First.GetAttributeAsync("href");
        await manager.GotoAsync(projectPath + "/funds/contracts");
        await manager.Locator("[data-testid=contract-row]").ExpectCountAsync(4);
        var mepContract = await manager.Locator("[data-testid=contract-row][data-code=BJHY3-FB-JD] a").GetAttributeAsync("href");
        await manager.CloseContextAsync();

        var phone = await server.NewPageAsync(locale: "zh-CN", width: 375, height: 740);
        await phone.SignInAsync("sub.zhou", GantryServer.DemoPassword);
        await phone.GotoAsync(projectPath!);
        await phone.ClickAsync("[data-testid=funds-link]");
        await phone.ClickAsync("[data-testid=funds-nav-contracts]");
        var codes = await phone.Locator("[data-testid=contract-row]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)");
        Assert.Equal(["BJHY3-FB-MQ"], codes);
        await phone.Locator("[data-testid=funds-nav-cash-flow]").ExpectCountAsync(0);
        await phone.Locator("[data-testid=contract-form]").ExpectCountAsync(0);
        var response = await phone.GotoAsync(mepContract!);
        Assert.Equal(404, response!.Status);
        await phone.CloseContextAsync();
    }

    [Fact]
    public async Task CostControllerRejectsARequestWithAReasonThatIsShownWithWhoAndWhen()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("cost.chen", GantryServer.DemoPassword);
        var projectPath = await page.Locator("[data-testid=portfolio-row]", new() { HasText = "BJHY-3" }).Locator("a").First.GetAttributeAsync("href");
        await page.GotoAsync(projectPath + "/funds/payments/new");
        await page.SelectOptionAsync("[data-testid=request-payee]", new SelectOptionValue { Label = "华东建材供应有限公司" });
        await page.SelectOptionAsync("[name='Form.CostCodeId']", new SelectOptionValue { Index = 2 });
        await page.FillAsync("[data-testid=request-description]", "零星五金");
        await page.FillAsync("[data-testid=request-amount]", "1200");
        await page.ClickAsync("[data-testid=request-submit]");
        await page.WaitForSelectorAsync("[data-testid=payment-status][data-status=Requested]");

        await page.ClickAsync("[data-testid=payment-reject]");
        Assert.False(string.IsNullOrWhiteSpace(await page.InnerTextAsync("[data-valmsg-for='Reject.Reason']")));
        await page.FillAsync("[data-testid=reject-reason]", "无送货单");
        await page.ClickAsync("[data-testid=payment-reject]");
        await page.WaitForSelectorAsync("[data-testid=payment-status][data-status=Rejected]");

        Assert.Equal("无送货单", await page.InnerTextAsync("[data-testid=payment-rejection]"));
        Assert.Equal(["陈静", "陈静"], await page.Locator("[data-testid=step-who]").AllInnerTextsAsync());
        await page.Locator("[data-testid=payment-check]").ExpectCountAsync(0);
        await page.CloseContextAsync();
    }
}
