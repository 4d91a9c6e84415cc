using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gantry.Interchange.Excel;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>The wage sheet over HTTP: one way of paying per ticket, and the day-labour lists' Excel downloads read back.</summary>
public sealed class WageApiTests(GantryApp app) : IClassFixture<GantryApp>
{
    private async Task<(HttpClient Client, string Project)> Building(string userName)
    {
        var client = await app.SignedIn(userName);
        var projects = await (await client.GetAsync("/api/v1/projects")).Read(HttpStatusCode.OK);
        var id = projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-3").Str("id");
        return (client, $"/api/v1/projects/{id}");
    }

    private static async Task<ExcelSheet> SheetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(ExcelWorkbookReader.Read(await response.Content.ReadAsStreamAsync(), url));
    }

    private static List<string> Column(ExcelSheet sheet, int column) =>
        sheet.Rows.Keys.Where(r => r > 1).Select(r => sheet.Cell(r, column)?.Text ?? string.Empty).ToList();

    [Fact]
    public async Task ATicketWhoseWagesThePaidOnTheSheetIsRefusedAsARequestNamingTheWagePayment()
    {
        var (cost, project) = await Building("cost.chen");
        var paid = await (await cost.GetAsync(project + "/day-labour/wages/payments?month=2026-10-01")).Read(HttpStatusCode.OK);
        var paidWorkers = paid.EnumerateArray().Select(p => p.Str("workerId")).ToHashSet();
        var tickets = await (await cost.GetAsync(project + "/day-labour/tickets?status=Approved&from=2026-10-01&to=2026-10-31&take=1000"))
            .Read(HttpStatusCode.OK);
        var ticket = tickets.EnumerateArray().First(t => t.GetProperty("lines").EnumerateArray()
            .Any(l => l.GetProperty("workerId").ValueKind == JsonValueKind.String && paidWorkers.Contains(l.Str("workerId"))));

        var problem = await (await cost.PostAsync($"{project}/funds/payments/from-ticket/{ticket.Str("id")}", null)).Problem(HttpStatusCode.BadRequest);

        var message = problem.GetProperty("errors").GetProperty("ticketId")[0].GetString()!;
        Assert.Contains(ticket.GetProperty("number").GetInt32().ToString(CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
        Assert.Contains("wage", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WageSheetExportReadsBackWithOwedRequestedPaidAndUnpaid()
    {
        var (cost, project) = await Building("cost.chen");
        var rows = await (await cost.GetAsync(project + "/day-labour/wages?month=2026-10-01")).Read(HttpStatusCode.OK);

        var sheet = await SheetAsync(cost, project + "/day-labour/wages.xlsx?month=2026-10-01&sort=name");

        Assert.Equal(["姓名 Name", "身份证 ID", "工种 Trade", "班组 Crew", "工日 Days", "应发 Owed", "已申请 Requested", "已发 Paid", "未发 Unpaid", "逾期 Overdue"],
            Enumerable.Range(1, 10).Select(c => sheet.Cell(1, c)?.Text));
        var expected = rows.EnumerateArray().OrderBy(r => r.Str("name"), StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(r => r.Str("name")), Column(sheet, 1));
        Assert.Equal(expected.Select(r => (double)r.GetProperty("unpaid").GetDecimal()), sheet.Rows.Keys.Where(r => r > 1).Select(r => sheet.Cell(r, 9)!.Number!.Value));
        Assert.Contains(expected, r => r.GetProperty("paid").GetDecimal() > 0m);
    }

    [Fact]
    public async Task TicketListAndRosterExportReadBackWithTheirFilter()
    {
        var (cost, project) = await Building("cost.chen");
        var approved = await (await cost.GetAsync(project + "/day-labour/tickets?status=Approved&take=1000")).Read(HttpStatusCode.OK);
        var workers = await (await cost.GetAsync(project + "/day-labour/workers")).Read(HttpStatusCode.OK);

        var tickets = await SheetAsync(cost, project + "/day-labour/tickets.xlsx?status=Approved");
        var roster = await SheetAsync(cost, project + "/day-labour/workers.xlsx?sort=name");

        Assert.Equal(approved.EnumerateArray().Select(t => (double)t.GetProperty("number").GetInt32()),
            tickets.Rows.Keys.Where(r => r > 1).Select(r => tickets.Cell(r, 1)!.Number!.Value));
        Assert.All(Column(tickets, 6), s => Assert.Equal("Approved", s));
        Assert.Equal(workers.EnumerateArray().Select(w => w.Str("name")).Order(StringComparer.Ordinal), Column(roster, 1));
        Assert.All(Column(roster, 2), id => Assert.Contains("**********", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CostRecordsExportReadsBackTheSameDrillDown()
    {
        var (cost, project) = await Building("cost.chen");
        var records = await (await cost.GetAsync(project + "/costs/records?kind=Actual&source=DayLabour&take=1000")).Read(HttpStatusCode.OK);

        var sheet = await SheetAsync(cost, project + "/costs/records.xlsx?kind=Actual&source=DayLabour");

        Assert.NotEmpty(records.EnumerateArray());
        Assert.Equal(records.EnumerateArray().Select(r => (double)r.GetProperty("amount").GetDecimal()),
            sheet.Rows.Keys.Where(r => r > 1).Select(r => sheet.Cell(r, 6)!.Number!.Value));
        Assert.All(Column(sheet, 3), s => Assert.Equal("DayLabour", s));
    }
}
