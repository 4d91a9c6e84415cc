using System.Net;
using System.Text.RegularExpressions;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

public sealed partial class PortfolioCountTests(GantryApp app) : IClassFixture<GantryApp>
{
    [Theory]
    [InlineData("en", "1 project")]
    [InlineData("zh-Hans", "共 1 个项目")]
    public async Task PortfolioCountsASingleFoundProjectInTheSingular(string language, string expected)
    {
        var admin = await app.SignedIn("admin", language: language);

        var response = await admin.GetAsync("/?q=BJHY-3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var count = Count().Match(await response.Content.ReadAsStringAsync());
        Assert.True(count.Success, "the portfolio shows no project count");
        Assert.Equal(expected, WebUtility.HtmlDecode(count.Groups[1].Value).Trim());
    }

    [GeneratedRegex(@"data-testid=""portfolio-count"">([^<]*)<")]
    private static partial Regex Count();
}
