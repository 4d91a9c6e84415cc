using System.Globalization;

namespace Gantry.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class BudgetApprovalJourneyTests(GantryServer server)
{
    [Fact]
    public async Task CostControllerPreparesAndEditsACellThenOnlyTheProjectManagerApprovesAndIsShownAsApprover()
    {
        var projectId = await server.CreateCostProjectAsync("BUD-" + Guid.NewGuid().ToString("N")[..6]);
        var budgets = $"/projects/{projectId}/costs/budgets";

        var cost = await server.NewPageAsync();
        await cost.SignInAsync("cost.chen", GantryServer.DemoPassword);
        await cost.GotoAsync(budgets);
        await cost.FillAsync("[data-testid=budget-name]", "目标成本 V1");
        await cost.ClickAsync("[data-testid=budget-create]");
        await cost.WaitForSelectorAsync("[data-testid=budget-version][data-status=Draft]");

        // Typed into an empty cell, then corrected: the second save changes the cell's one line, not a second line.
        await cost.FillAsync("[data-testid=budget-cell][data-code='01']", "120000");
        await cost.ClickAsync("[data-testid=budget-save-grid]");
        await cost.WaitForSelectorAsync("[data-testid=budget-grid-saved]:not(.d-none)");
        await cost.ReloadAsync();
        Assert.Equal("120000", await cost.InputValueAsync("[data-testid=budget-cell][data-code='01']"));
        await cost.FillAsync("[data-testid=budget-cell][data-code='01']", "125000.5");
        await cost.ClickAsync("[data-testid=budget-save-grid]");
        await cost.WaitForSelectorAsync("[data-testid=budget-grid-saved]:not(.d-none)");
        await cost.ReloadAsync();
        Assert.Equal("125000.5", await cost.InputValueAsync("[data-testid=budget-cell][data-code='01']"));
        await cost.Locator("[data-testid=budget-line]").ExpectCountAsync(1);
        Assert.Equal("125,000.50 CNY", (await cost.InnerTextAsync("[data-testid=budget-total]")).Trim());
        await cost.Locator("[data-testid=budget-approve]").ExpectCountAsync(0);

        // Core re-checks: the cost controller's hand-made approve POST (valid anti-forgery token) is refused.
        var versionQuery = await cost.Locator("[data-testid=budget-version] a").First.GetAttributeAsync("href");
        var token = await cost.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var post = await cost.Context.APIRequest.PostAsync(budgets + versionQuery + "&handler=Approve", new()
        {
            Form = cost.Context.APIRequest.CreateFormData().Set("__RequestVerificationToken", token!).Set("version", "0"),
            MaxRedirects = 0,
        });
        Assert.Equal(403, post.Status);
        await cost.CloseContextAsync();

        var manager = await server.NewPageAsync();
        await manager.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        await manager.GotoAsync(budgets);
        Assert.Equal(string.Empty, (await manager.InnerTextAsync("[data-testid=budget-approved-by]")).Trim());
        await manager.ClickAsync("[data-testid=budget-approve]");
        await manager.WaitForSelectorAsync("[data-testid=budget-version][data-status=Approved]");
        var approvedBy = (await manager.InnerTextAsync("[data-testid=budget-approved-by]")).Split(" · ");
        Assert.Equal("张伟", approvedBy[0]);
        var approvedAt = DateTime.ParseExact(approvedBy[1], "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Assert.InRange(approvedAt, DateTime.Now.AddMinutes(-5), DateTime.Now);
        await manager.Locator("[data-testid=budget-approve]").ExpectCountAsync(0);
        await manager.Locator("[data-testid=budget-cell]").ExpectCountAsync(0);
        Assert.Equal("125,000.50 CNY", (await manager.InnerTextAsync("[data-testid=budget-total]")).Trim());
        await manager.CloseContextAsync();
    }
}
