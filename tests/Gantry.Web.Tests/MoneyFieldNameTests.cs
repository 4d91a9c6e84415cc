using System.Net;
using System.Text.RegularExpressions;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>A value the server cannot read ("abc" as a rate) is refused naming the field as its label does, in the page's language.</summary>
public sealed partial class MoneyFieldNameTests(GantryApp app) : IClassFixture<GantryApp>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private async Task<string> PostTicket(string language, string rate)
    {
        var client = await app.SignedIn("sub.sun", language: language);
        var projects = await (await client.GetAsync("/api/v1/projects")).Read(HttpStatusCode.OK);
        var page = $"/projects/{projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-3").Str("id")}/day-labour/tickets";
        var token = Token().Match(await client.GetStringAsync(page)).Groups[1].Value;
        var response = await client.PostAsync(page + "?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Form.Location"] = "3F 卫生间",
            ["Form.Lines[0].Trade"] = "水电工",
            ["Form.Lines[0].Headcount"] = "2",
            ["Form.Lines[0].Quantity"] = "1",
            ["Form.Lines[0].Rate"] = rate,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnreadableRateOnAChineseTicketIsRefusedAsTheRateField()
    {
        var html = await PostTicket("zh-CN", "abc");

        Assert.Contains("“abc”不是单价的有效值", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Rate的", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreadableVatRateOnAChineseContractFormIsRefusedAsTheVatRateField()
    {
        var client = await app.SignedIn("cost.chen", language: "zh-CN");
        var projects = await (await client.GetAsync("/api/v1/projects")).Read(HttpStatusCode.OK);
        var page = $"/projects/{projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-3").Str("id")}/funds/contracts";
        var token = Token().Match(await client.GetStringAsync(page)).Groups[1].Value;

        var response = await client.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Form.Code"] = "FB-TEST",
            ["Form.Name"] = "测试分包",
            ["Form.Amount"] = "1000",
            ["Form.VatRate"] = "九",
        }));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("“九”不是税率的有效值", html, StringComparison.Ordinal);
    }
}
