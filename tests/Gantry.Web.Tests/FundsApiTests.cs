using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>The funds endpoints added for the funds pages: rejecting a payment request, reversing a receipt, the list exports.</summary>
public sealed class FundsApiTests(GantryApp app) : IClassFixture<GantryApp>
{
    private async Task<(HttpClient Client, string Project)> Building(string userName)
    {
        var client = await app.SignedIn(userName);
        var projects = await (await client.GetAsync("/api/v1/projects")).Read(HttpStatusCode.OK);
        var id = projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-3").Str("id");
        return (client, $"/api/v1/projects/{id}");
    }

    /// <summary>A fresh request to the supplier for small materials, raised by the cost controller.</summary>
    private static async Task<JsonElement> SupplierRequestAsync(HttpClient cost, string project)
    {
        var organisations = await (await cost.GetAsync("/api/v1/organisations")).Read(HttpStatusCode.OK);
        var supplier = organisations.EnumerateArray().Single(o => o.Str("name") == "华东建材供应有限公司").Str("id");
        var codes = await (await cost.GetAsync(project + "/costs/codes")).Read(HttpStatusCode.OK);
        var materials = codes.EnumerateArray().Single(c => c.Str("code") == "02").Str("id");
        return await (await cost.PostAsJsonAsync(project + "/funds/payments", new
        {
            payeeId = supplier, costCodeId = materials, description = "零星材料 " + Guid.NewGuid().ToString("N")[..6], amount = 2_000m,
        })).Read(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PaymentRequestIsRejectedWithAReasonAndTheSupplierCannotRejectIt()
    {
        var (cost, project) = await Building("cost.chen");
        var (supplier, _) = await Building("supplier.wu");
        var request = await SupplierRequestAsync(cost, project);
        var url = $"{project}/funds/payments/{request.Str("id")}/reject";
        var version = request.GetProperty("version").GetInt32();

        await (await supplier.PostAsJsonAsync(url, new { reason = "不同意", version })).Problem(HttpStatusCode.Forbidden);
        var missing = await (await cost.PostAsJsonAsync(url, new { reason = "", version })).Problem(HttpStatusCode.BadRequest);
        var rejected = await (await cost.PostAsJsonAsync(url, new { reason = "发票未到", version })).Read(HttpStatusCode.OK);

        Assert.True(missing.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(("rejected", "发票未到"), (rejected.Str("status"), rejected.Str("rejectionReason")));
        Assert.False(string.IsNullOrEmpty(rejected.Str("rejectedAt")));
    }

    [Fact]
    public async Task ReceiptIsReversedOnceByANegatedRecordAndNotByTheSiteEngineer()
    {
        var (cost, project) = await Building("cost.chen");
        var (engineer, _) = await Building("site.wang");
        var applications = await (await cost.GetAsync(project + "/funds/applications")).Read(HttpStatusCode.OK);
        var application = applications.EnumerateArray().First(a => a.GetProperty("received").GetDecimal() > 0);
        var receipts = await (await cost.GetAsync($"{project}/funds/applications/{application.Str("id")}/receipts")).Read(HttpStatusCode.OK);
        var receipt = receipts.EnumerateArray().First(r => r.GetProperty("amount").GetDecimal() > 0 && !r.GetProperty("isReversed").GetBoolean());
        var url = $"{project}/funds/receipts/{receipt.Str("id")}/reverse";

        await (await engineer.PostAsJsonAsync(url, new { date = "2026-11-26" })).Problem(HttpStatusCode.Forbidden);
        var after = await (await cost.PostAsJsonAsync(url, new { date = "2026-11-26" })).Read(HttpStatusCode.OK);
        var again = await (await cost.PostAsJsonAsync(url, new { date = "2026-11-26" })).Problem(HttpStatusCode.BadRequest);
        var listed = await (await cost.GetAsync($"{project}/funds/applications/{application.Str("id")}/receipts")).Read(HttpStatusCode.OK);

        Assert.Equal(application.GetProperty("received").GetDecimal() - receipt.GetProperty("amount").GetDecimal(),
            after.GetProperty("received").GetDecimal());
        Assert.True(again.GetProperty("errors").TryGetProperty("id", out _));
        Assert.Contains(listed.EnumerateArray(), r => r.Str("reversesId") == receipt.Str("id"));
    }

    [Theory]
    [InlineData("/funds/payments.xlsx")]
    [InlineData("/funds/applications.xlsx")]
    [InlineData("/funds/contracts.xlsx?kind=Subcontract")]
    public async Task FundsListsExportToExcel(string path)
    {
        var (cost, project) = await Building("cost.chen");

        var response = await cost.GetAsync(project + path);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }

    [Fact]
    public async Task SiteEngineerWithoutTheCostViewCannotExportPayments()
    {
        var (engineer, project) = await Building("site.wang");

        await (await engineer.GetAsync(project + "/funds/payments.xlsx")).Problem(HttpStatusCode.Forbidden);
    }
}
