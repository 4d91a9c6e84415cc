using System.Globalization;

namespace Gantry.BrowserTests;

/// <summary>
/// The day-labour loop carried on into funds: an approved ticket's wages become a payment request to
/// the crew, the cost controller checks it on a phone, the project manager approves and pays it (over
/// the approved amount only with a reason), and the payment appears in the month's actual cash out.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FundsJourneyTests(GantryServer server)
{
    // 2 people × 1 day × CNY 400.
    private const decimal TicketAmount = 800.00m;

    private const decimal Extra = 100.00m;

    [Fact]
    public async Task TicketWagesAreCheckedApprovedAndPaidOverTheApprovedAmountOnlyWithAReasonAndReachTheMonthsCashOut()
    {
        var projectPath = await BuildingPathAsync();
        var ticketId = await ApprovedTicketAsync(projectPath);
        var month = DateTime.Now.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var cashOutBefore = await ActualCashOutAsync(projectPath, month);

        var paymentUrl = await CostControllerRequestsAndChecksOnAPhoneAsync(projectPath, ticketId);
        await SupplierCannotApproveAsync(projectPath, paymentUrl);

        var manager = await server.NewPageAsync();
        await manager.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        await manager.GotoAsync(paymentUrl);
        await manager.ClickAsync("[data-testid=payment-approve]");
        await manager.WaitForSelectorAsync("[data-testid=payment-status][data-status=Approved]");
        Assert.Equal(["陈静", "陈静", "张伟"], await manager.Locator("[data-testid=step-who]").AllInnerTextsAsync());
        Assert.Equal(TicketAmount, Amount(await manager.InnerTextAsync("[data-testid=payment-approved]")));

        // Paying more than approved is refused beside the amount and records nothing ...
        await manager.FillAsync("[data-testid=pay-amount]", (TicketAmount + Extra).ToString(CultureInfo.InvariantCulture));
        await manager.ClickAsync("[data-testid=payment-pay]");
        Assert.False(string.IsNullOrWhiteSpace(await manager.InnerTextAsync("[data-valmsg-for='Pay.Amount']")));
        Assert.Equal(0m, Amount(await manager.InnerTextAsync("[data-testid=payment-paid]")));

        // ... and accepted with the reason, which stays on the payment.
        await manager.FillAsync("[data-testid=pay-override]", "班组加班补贴，项目经理同意");
        await manager.ClickAsync("[data-testid=payment-pay]");
        await manager.WaitForSelectorAsync("[data-testid=payment-line]");
        Assert.Equal(TicketAmount + Extra, Amount(await manager.InnerTextAsync("[data-testid=payment-paid]")));
        Assert.Contains("班组加班补贴", await manager.InnerTextAsync("[data-testid=payment-line]"), StringComparison.Ordinal);
        await manager.CloseContextAsync();

        Assert.Equal(cashOutBefore + TicketAmount + Extra, await ActualCashOutAsync(projectPath, month));
    }

    private async Task<string> BuildingPathAsync()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        var href = await page.Locator("[data-testid=portfolio-row]", new() { HasText = "BJHY-3" }).Locator("a").First.GetAttributeAsync("href");
        await page.CloseContextAsync();
        return href!;
    }

    /// <summary>The foreman writes and submits a ticket for today, the site engineer verifies, the PM approves; returns its id.</summary>
    private async Task<string> ApprovedTicketAsync(string projectPath)
    {
        var phone = await server.NewPageAsync(width: 375, height: 740);
        await phone.SignInAsync("sub.sun", GantryServer.DemoPassword);
        await phone.GotoAsync(projectPath + "/day-labour/tickets");
        await phone.SelectOptionAsync("[data-testid=ticket-reason]", "Emergency");
        await phone.FillAsync("[data-testid=ticket-location]", "3号楼 地下室 集水坑");
        var line = phone.Locator("[data-testid=ticket-line]").First;
        await line.Locator("[data-testid=line-trade]").FillAsync("抽水工");
        await line.Locator("[data-testid=line-headcount]").FillAsync("2");
        await line.Locator("[data-testid=line-quantity]").FillAsync("1");
        await line.Locator("[data-testid=line-rate]").FillAsync("400");
        await phone.ClickAsync("[data-testid=ticket-save]");
        await phone.WaitForSelectorAsync("[data-testid=ticket-status][data-status=Draft]");
        await phone.ClickAsync("[data-testid=ticket-submit]");
        await phone.WaitForSelectorAsync("[data-testid=ticket-status][data-status=Submitted]");
        var ticketUrl = new Uri(phone.Url).AbsolutePath;
        await phone.CloseContextAsync();

        foreach (var (user, button, status) in new[] { ("site.wang", "ticket-verify", "Verified"), ("pm.zhang", "ticket-approve", "Approved") })
        {
            var page = await server.NewPageAsync();
            await page.SignInAsync(user, GantryServer.DemoPassword);
            await page.GotoAsync(ticketUrl);
            await page.ClickAsync($"[data-testid={button}]");
            await page.WaitForSelectorAsync($"[data-testid=ticket-status][data-status={status}]");
            Assert.Equal(TicketAmount, Amount(await page.InnerTextAsync("[data-testid=ticket-amount]")));
            await page.CloseContextAsync();
        }

        return ticketUrl[(ticketUrl.LastIndexOf('/') + 1)..];
    }

    /// <summary>陈静 turns the ticket's wages into a request to the crew and checks it, on a 375 px phone; she sees no approve button.</summary>
    private async Task<string> CostControllerRequestsAndChecksOnAPhoneAsync(string projectPath, string ticketId)
    {
        var phone = await server.NewPageAsync(locale: "zh-CN", width: 375, height: 740);
        await phone.SignInAsync("cost.chen", GantryServer.DemoPassword);
        await phone.GotoAsync(projectPath);
        await phone.ClickAsync("[data-testid=funds-link]");
        await phone.ClickAsync("[data-testid=new-payment]");
        await phone.SelectOptionAsync("[data-testid=request-ticket]", ticketId);
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375, "the request form scrolls sideways at 375 px");
        await phone.ClickAsync("[data-testid=request-ticket-submit]");
        await phone.WaitForSelectorAsync("[data-testid=payment-status][data-status=Requested]");
        Assert.Equal(TicketAmount, Amount(await phone.InnerTextAsync("[data-testid=payment-requested]")));
        await phone.Locator("[data-testid=payment-approve]").ExpectCountAsync(0);

        await phone.ClickAsync("[data-testid=payment-check]");
        await phone.WaitForSelectorAsync("[data-testid=payment-status][data-status=Checked]");
        await phone.Locator("[data-testid=payment-approve]").ExpectCountAsync(0);
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375, "the payment page scrolls sideways at 375 px");
        var url = new Uri(phone.Url).AbsolutePath;
        await phone.CloseContextAsync();
        return url;
    }

    /// <summary>
    /// The supplier cannot open the crew's request (404); on its own request it sees no approve button,
    /// and a hand-made approve POST (with a valid anti-forgery token) is refused.
    /// </summary>
    private async Task SupplierCannotApproveAsync(string projectPath, string paymentUrl)
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("supplier.wu", GantryServer.DemoPassword);
        var response = await page.GotoAsync(paymentUrl);
        Assert.Equal(404, response!.Status);

        await page.GotoAsync(projectPath + "/funds/payments");
        await page.Locator("[data-testid=payment-row] a").First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=payment-status]");
        await page.Locator("[data-testid=payment-approve]").ExpectCountAsync(0);
        await page.Locator("[data-testid=payment-check]").ExpectCountAsync(0);
        var ownUrl = new Uri(page.Url).AbsolutePath;
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        foreach (var target in new[] { ownUrl, paymentUrl })
        {
            var post = await page.Context.APIRequest.PostAsync(target + "?handler=Approve", new()
            {
                Form = page.Context.APIRequest.CreateFormData().Set("__RequestVerificationToken", token!).Set("Approve.Version", "0"),
                MaxRedirects = 0,
            });
            Assert.True(post.Status is 403 or 404, $"the supplier's approve POST to {target} answered {post.Status}");
        }

        await page.CloseContextAsync();
    }

    /// <summary>The month's actual cash out on the project's cash-flow page, reached through the funds tabs (0 when the month has no row).</summary>
    private async Task<decimal> ActualCashOutAsync(string projectPath, string month)
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        await page.GotoAsync(projectPath);
        await page.ClickAsync("[data-testid=funds-link]");
        await page.ClickAsync("[data-testid=funds-nav-cash-flow]");
        await page.WaitForSelectorAsync("[data-testid=cash-flow]");
        await page.WaitForLoadStateAsync(LoadState.Load);
        var row = page.Locator($"[data-testid=cash-month][data-month='{month}']");
        var amount = await row.CountAsync() == 0 ? 0m : Amount(await row.Locator("[data-testid=cash-actual-out]").InnerTextAsync());
        await page.CloseContextAsync();
        return amount;
    }

    private static decimal Amount(string text) =>
        decimal.Parse(text.Replace("CNY", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Trim(),
            NumberStyles.Number, CultureInfo.InvariantCulture);
}
