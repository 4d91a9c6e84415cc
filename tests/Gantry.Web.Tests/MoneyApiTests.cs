using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>The money API over HTTP on the demo project: the day-labour loop into cost and cash, refusals and exports.</summary>
public sealed class MoneyApiTests(GantryApp app) : IClassFixture<GantryApp>
{
    private async Task<(HttpClient Client, string Project)> Building(string userName)
    {
        var client = await app.SignedIn(userName);
        var projects = await (await client.GetAsync("/api/v1/projects")).Read(HttpStatusCode.OK);
        var id = projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-3").Str("id");
        return (client, $"/api/v1/projects/{id}");
    }

    private static decimal Month(JsonElement flow, string month, string field) =>
        flow.GetProperty("months").EnumerateArray().Where(m => m.Str("month") == month).Select(m => m.GetProperty(field).GetDecimal()).SingleOrDefault();

    [Fact]
    public async Task TicketSubmittedVerifiedApprovedShowsInSummaryCostReportAndOncePaidInTheMonthsCashFlow()
    {
        var (foreman, project) = await Building("sub.sun");
        var (engineer, _) = await Building("site.wang");
        var (manager, _) = await Building("pm.zhang");
        var (cost, _) = await Building("cost.chen");
        var worker = (await (await foreman.GetAsync(project + "/day-labour/workers")).Read(HttpStatusCode.OK)).EnumerateArray().First();
        var crewOrganisationId = worker.Str("crewOrganisationId");
        var reportBefore = await (await cost.GetAsync(project + "/costs/report?grouping=Project")).Read(HttpStatusCode.OK);
        var flowBefore = await (await cost.GetAsync(project + "/funds/cash-flow")).Read(HttpStatusCode.OK);

        var created = await (await foreman.PostAsJsonAsync(project + "/day-labour/tickets", new
        {
            date = "2026-11-25", location = "3号楼 9层", reason = "emergency", crewOrganisationId, crewName = worker.Str("crewName"),
            lines = new[] { new { workerId = worker.Str("id"), quantity = 2 } },
        })).Read(HttpStatusCode.Created);
        var id = created.Str("id");
        var amount = created.GetProperty("amount").GetDecimal();
        var step = await (await foreman.PostAsJsonAsync($"{project}/day-labour/tickets/{id}/submit", new { version = created.GetProperty("version").GetInt32() })).Read(HttpStatusCode.OK);
        await (await foreman.PostAsJsonAsync($"{project}/day-labour/tickets/{id}/verify", new { version = step.GetProperty("version").GetInt32() }))
            .Problem(HttpStatusCode.Forbidden);
        step = await (await engineer.PostAsJsonAsync($"{project}/day-labour/tickets/{id}/verify", new { version = step.GetProperty("version").GetInt32() })).Read(HttpStatusCode.OK);
        step = await (await manager.PostAsJsonAsync($"{project}/day-labour/tickets/{id}/approve", new { version = step.GetProperty("version").GetInt32() })).Read(HttpStatusCode.OK);
        var summary = await (await engineer.GetAsync(project + "/day-labour/summary?grouping=Day&from=2026-11-25&to=2026-11-25")).Read(HttpStatusCode.OK);
        var reportAfter = await (await cost.GetAsync(project + "/costs/report?grouping=Project")).Read(HttpStatusCode.OK);
        await (await cost.PostAsJsonAsync(project + "/day-labour/wages", new { workerId = worker.Str("id"), month = "2026-11-01", amount, paidOn = "2026-11-26" }))
            .Read(HttpStatusCode.OK);
        var flowAfter = await (await cost.GetAsync(project + "/funds/cash-flow")).Read(HttpStatusCode.OK);

        Assert.Equal("approved", step.Str("status"));
        Assert.Equal(amount, summary.EnumerateArray().Single().GetProperty("amount").GetDecimal());
        Assert.Equal(amount, reportAfter.GetProperty("total").GetProperty("actual").GetDecimal()
            - reportBefore.GetProperty("total").GetProperty("actual").GetDecimal());
        Assert.Equal(amount, Month(flowAfter, "2026-11-01", "actualOut") - Month(flowBefore, "2026-11-01", "actualOut"));
    }

    [Fact]
    public async Task BadTicketLineIsA400NamingTheLineField()
    {
        var (foreman, project) = await Building("sub.sun");
        var worker = (await (await foreman.GetAsync(project + "/day-labour/workers")).Read(HttpStatusCode.OK)).EnumerateArray().First();

        var problem = await (await foreman.PostAsJsonAsync(project + "/day-labour/tickets", new
        {
            date = "2026-11-25", location = "3号楼", reason = "rework", crewOrganisationId = worker.Str("crewOrganisationId"),
            lines = new[] { new { trade = "电工", headcount = 2, quantity = -1, rate = 300 } },
        })).Problem(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("lines[0].quantity", out _));
    }

    [Fact]
    public async Task SubcontractorIsRefusedTheCostReportAndSeesOnlyItsOwnContracts()
    {
        var (sub, project) = await Building("sub.zhou");

        await (await sub.GetAsync(project + "/costs/report")).Problem(HttpStatusCode.Forbidden);
        var contracts = await (await sub.GetAsync(project + "/costs/contracts")).Read(HttpStatusCode.OK);

        Assert.Equal(["精诚幕墙装饰工程有限公司"], contracts.EnumerateArray().Select(c => c.Str("counterparty")));
    }

    [Theory]
    [InlineData("/costs/report.xlsx")]
    [InlineData("/day-labour/summary.xlsx?grouping=Month")]
    [InlineData("/funds/cash-flow.xlsx")]
    [InlineData("/funds/ledger.xlsx?side=Receivable")]
    public async Task ListsExportToExcel(string path)
    {
        var (cost, project) = await Building("cost.chen");

        var response = await cost.GetAsync(project + path);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }

    [Fact]
    public async Task DemoProjectHasABudgetContractsAndTwoMonthsOfTickets()
    {
        var (cost, project) = await Building("cost.chen");

        var report = await (await cost.GetAsync(project + "/costs/report?grouping=Category")).Read(HttpStatusCode.OK);
        var tickets = await (await cost.GetAsync(project + "/day-labour/summary?grouping=Month")).Read(HttpStatusCode.OK);
        var receivable = await (await cost.GetAsync(project + "/funds/ledger?side=Receivable")).Read(HttpStatusCode.OK);

        Assert.Equal(72_700_000m, report.GetProperty("total").GetProperty("budget").GetDecimal());
        Assert.Equal(["2026-10", "2026-11"], tickets.EnumerateArray().Select(r => r.Str("label")).Take(2));
        Assert.Equal("滨江城市发展有限公司", receivable.EnumerateArray().Single().Str("counterparty"));
    }
}
