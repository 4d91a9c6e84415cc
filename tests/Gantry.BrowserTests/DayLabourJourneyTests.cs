using System.Globalization;

namespace Gantry.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class DayLabourJourneyTests(GantryServer server)
{
    // 3 people × 1.5 days × CNY 350 a day; wages carry no VAT, so the cost report's net actual grows by the same.
    private const decimal TicketAmount = 1575.00m;

    [Fact]
    public async Task ForemanSubmitsOnAPhoneSiteEngineerVerifiesSupplierIsRefusedAndTheApprovedCostReachesSummaryAndCostReport()
    {
        var trade = "保温工" + Guid.NewGuid().ToString("N")[..6];
        var projectPath = await BuildingPathAsync();
        var actualBefore = await TotalActualAsync(projectPath);

        var ticketUrl = await ForemanWritesAndSubmitsAsync(projectPath, trade);
        await SiteEngineerVerifiesAsync(ticketUrl);
        await SupplierCannotApproveAsync(ticketUrl);

        var manager = await server.NewPageAsync();
        await manager.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        await manager.GotoAsync(ticketUrl);
        Assert.Equal("Verified", await manager.GetAttributeAsync("[data-testid=ticket-status]", "data-status"));
        await manager.ClickAsync("[data-testid=ticket-approve]");
        await manager.WaitForSelectorAsync("[data-testid=ticket-status][data-status=Approved]");
        var signers = await manager.Locator("[data-testid=signature-who]").AllInnerTextsAsync();
        Assert.Equal(["孙浩", "王强", "张伟"], signers);

        await manager.GotoAsync(projectPath + "/day-labour/summary");
        await manager.ClickAsync("[data-testid=summary-groupings] a[data-grouping=Trade]");
        var row = manager.Locator("[data-testid=summary-row]", new() { HasText = trade });
        Assert.Equal(TicketAmount, Amount(await row.Locator("[data-testid=summary-amount]").InnerTextAsync()));
        Assert.Equal("4.5", await row.Locator("[data-testid=summary-worker-days]").InnerTextAsync());
        Assert.Contains("summary.xlsx?grouping=Trade", await manager.GetAttributeAsync("[data-testid=summary-export]", "href"),
            StringComparison.Ordinal);
        await manager.CloseContextAsync();

        Assert.Equal(actualBefore + TicketAmount, await TotalActualAsync(projectPath));
    }

    private async Task<string> BuildingPathAsync()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        var href = await page.Locator("[data-testid=portfolio-row]", new() { HasText = "BJHY-3" }).Locator("a").First.GetAttributeAsync("href");
        await page.CloseContextAsync();
        return href!;
    }

    /// <summary>The project manager's cost report total actual, reached from the project overview.</summary>
    private async Task<decimal> TotalActualAsync(string projectPath)
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        await page.GotoAsync(projectPath);
        await page.ClickAsync("[data-testid=costs-link]");
        await page.WaitForSelectorAsync("[data-testid=cash-flow]");
        Assert.True(await page.Locator("[data-testid=cash-row]").CountAsync() > 0);
        var total = Amount(await page.InnerTextAsync("[data-testid=cost-total-actual]"));
        await page.CloseContextAsync();
        return total;
    }

    private async Task<string> ForemanWritesAndSubmitsAsync(string projectPath, string trade)
    {
        var phone = await server.NewPageAsync(locale: "zh-CN", width: 375, height: 740);
        await phone.SignInAsync("sub.sun", GantryServer.DemoPassword);
        await phone.GotoAsync(projectPath);
        await phone.Locator("[data-testid=costs-link]").ExpectCountAsync(0);
        await phone.ClickAsync("[data-testid=day-labour-link]");
        await phone.ClickAsync("[data-testid=new-ticket]");
        await phone.WaitForSelectorAsync("[data-testid=ticket-form]");
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375, "the ticket form scrolls sideways at 375 px");

        // Saving without a location and with a negative quantity shows each message beside its field and writes nothing.
        await phone.SelectOptionAsync("[data-testid=ticket-reason]", "Rework");
        var line = phone.Locator("[data-testid=ticket-line]").First;
        await line.Locator("[data-testid=line-trade]").FillAsync(trade);
        await line.Locator("[data-testid=line-headcount]").FillAsync("3");
        await line.Locator("[data-testid=line-quantity]").FillAsync("-1");
        await line.Locator("[data-testid=line-rate]").FillAsync("350");
        await phone.ClickAsync("[data-testid=ticket-save]");
        Assert.False(string.IsNullOrWhiteSpace(await phone.InnerTextAsync("[data-valmsg-for='Form.Location']")));
        Assert.False(string.IsNullOrWhiteSpace(await phone.InnerTextAsync("[data-valmsg-for='Form.Lines[0].Quantity']")));
        await phone.Locator("[data-testid=ticket-status]").ExpectCountAsync(0);

        line = phone.Locator("[data-testid=ticket-line]").First;
        await line.Locator("[data-testid=line-quantity]").FillAsync("1.5");

        await phone.FillAsync("[data-testid=ticket-location]", "3号楼 12层 管井");
        await phone.ClickAsync("[data-testid=ticket-save]");
        await phone.WaitForSelectorAsync("[data-testid=ticket-status][data-status=Draft]");
        Assert.Equal(TicketAmount, Amount(await phone.InnerTextAsync("[data-testid=ticket-amount]")));
        await phone.ClickAsync("[data-testid=ticket-submit]");
        await phone.WaitForSelectorAsync("[data-testid=ticket-status][data-status=Submitted]");
        await phone.Locator("[data-testid=ticket-verify]").ExpectCountAsync(0);
        Assert.Equal("孙浩", await phone.Locator("[data-testid=signature-who]").First.InnerTextAsync());
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375, "the ticket page scrolls sideways at 375 px");
        var url = new Uri(phone.Url).AbsolutePath;
        await phone.CloseContextAsync();
        return url;
    }

    private async Task SiteEngineerVerifiesAsync(string ticketUrl)
    {
        var page = await server.NewPageAsync(locale: "zh-CN", width: 375, height: 740);
        await page.SignInAsync("site.wang", GantryServer.DemoPassword);
        await page.GotoAsync(ticketUrl);
        await page.Locator("[data-testid=ticket-approve]").ExpectCountAsync(0);
        await page.ClickAsync("[data-testid=ticket-verify]");
        await page.WaitForSelectorAsync("[data-testid=ticket-status][data-status=Verified]");
        Assert.Equal(["孙浩", "王强"], await page.Locator("[data-testid=signature-who]").AllInnerTextsAsync());
        await page.CloseContextAsync();
    }

    /// <summary>The supplier's user sees no approve button, and a hand-made approve POST (with a valid anti-forgery token) is refused.</summary>
    private async Task SupplierCannotApproveAsync(string ticketUrl)
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("supplier.wu", GantryServer.DemoPassword);
        var response = await page.GotoAsync(ticketUrl);
        Assert.True(response!.Status is 403 or 404, $"the supplier opened the ticket with {response.Status}");
        await page.Locator("[data-testid=ticket-approve]").ExpectCountAsync(0);

        await page.GotoAsync("/");
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var post = await page.Context.APIRequest.PostAsync(ticketUrl + "?handler=Approve", new()
        {
            Form = page.Context.APIRequest.CreateFormData().Set("__RequestVerificationToken", token!).Set("version", "0"),
            MaxRedirects = 0,
        });
        Assert.True(post.Status is 403 or 404, $"the supplier's approve POST answered {post.Status}");
        await page.CloseContextAsync();
    }

    private static decimal Amount(string text) =>
        decimal.Parse(text.Replace("CNY", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Trim(),
            NumberStyles.Number, CultureInfo.InvariantCulture);
}
