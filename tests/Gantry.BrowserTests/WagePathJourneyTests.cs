using System.Globalization;
using System.Text.Json;

namespace Gantry.BrowserTests;

/// <summary>
/// A worker's wages are paid one way only: 陈静 pays a worker on the wage sheet, then tries to raise a
/// payment request for a ticket with the same wages and is refused with a message naming the wage payment.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WagePathJourneyTests(GantryServer server)
{
    [Fact]
    public async Task WagesPaidOnTheSheetCannotBeRequestedAgainAndTheRefusalNamesTheWagePayment()
    {
        var page = await server.NewPageAsync(width: 375, height: 740);
        await page.SignInAsync("cost.chen", GantryServer.DemoPassword);
        var projectPath = await BuildingPathAsync(page);

        // The demo's November tickets are approved and their wages not yet paid.
        await page.GotoAsync(projectPath + "/day-labour/wages?month=2026-11");
        var row = page.Locator("[data-testid=wage-row]", new() { Has = page.Locator("[data-testid=wage-pay]") }).First;
        var worker = (await row.GetAttributeAsync("data-worker"))!;
        await row.Locator("[data-testid=wage-pay]").ClickAsync();
        var paidRow = page.Locator($"[data-testid=wage-row][data-worker='{worker}']");
        await paidRow.Locator("[data-testid=wage-pay]").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.Locator($"[data-testid=wage-payment][data-worker='{worker}']").ExpectCountAsync(1);
        Assert.Equal(0m, Amount(await paidRow.Locator("[data-testid=wage-owed]").InnerTextAsync()));
        Assert.Equal(0, await page.Locator("body").EvaluateAsync<int>("b => b.scrollWidth - window.innerWidth"));

        var (ticketId, ticketNumber) = await TicketOfAsync(page, projectPath, worker);
        await page.GotoAsync(projectPath + "/funds/payments/new");
        await page.SelectOptionAsync("[data-testid=request-ticket]", ticketId);
        await page.ClickAsync("[data-testid=request-ticket-submit]");

        var refusal = await page.InnerTextAsync("[data-valmsg-for='FromTicket.TicketId']");
        Assert.Contains($"Ticket no. {ticketNumber}", refusal, StringComparison.Ordinal);
        Assert.Contains(worker, refusal, StringComparison.Ordinal);
        Assert.Contains("paid on the wage sheet (wage payment of", refusal, StringComparison.Ordinal);
        Assert.EndsWith("/funds/payments/new", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.CloseContextAsync();
    }

    private static async Task<string> BuildingPathAsync(IPage page)
    {
        var href = await page.Locator("[data-testid=portfolio-row]", new() { HasText = "BJHY-3" }).Locator("a").First.GetAttributeAsync("href");
        return href!;
    }

    /// <summary>An approved November ticket with a line for <paramref name="worker"/>, read from the API with the page's own sign-in.</summary>
    private async Task<(string Id, int Number)> TicketOfAsync(IPage page, string projectPath, string worker)
    {
        var api = server.BaseUrl + "/api/v1" + projectPath + "/day-labour";
        using var workers = JsonDocument.Parse(await (await page.APIRequest.GetAsync(api + "/workers")).TextAsync());
        var workerId = workers.RootElement.EnumerateArray().First(w => w.GetProperty("name").GetString() == worker).GetProperty("id").GetString();
        using var tickets = JsonDocument.Parse(await (await page.APIRequest.GetAsync(api + "/tickets?status=Approved&from=2026-11-01&to=2026-11-30&take=1000")).TextAsync());
        var ticket = tickets.RootElement.EnumerateArray().First(t => t.GetProperty("lines").EnumerateArray()
            .Any(l => l.GetProperty("workerId").ValueKind == JsonValueKind.String && l.GetProperty("workerId").GetString() == workerId));
        return (ticket.GetProperty("id").GetString()!, ticket.GetProperty("number").GetInt32());
    }

    private static decimal Amount(string text) =>
        decimal.Parse(new string(text.Where(c => char.IsAsciiDigit(c) || c == '.' || c == '-').ToArray()), CultureInfo.InvariantCulture);
}
