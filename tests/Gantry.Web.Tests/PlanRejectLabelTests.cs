using System.Net;
using System.Text.RegularExpressions;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

public sealed partial class PlanRejectLabelTests(GantryApp app) : IClassFixture<GantryApp>
{
    /// <summary>The reason box has no visible label beside the Reject button, so a screen reader needs its own name for it.</summary>
    [Fact]
    public async Task TheRejectReasonOfASubmittedPlanIsNamedForAScreenReader()
    {
        var pm = await app.SignedIn("pm.zhang");
        var projects = await (await pm.GetAsync("/api/v1/projects?search=BJHY-3")).Read(HttpStatusCode.OK);
        var projectId = projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-3").Str("id");
        var plans = await (await pm.GetAsync($"/api/v1/projects/{projectId}/plans")).Read(HttpStatusCode.OK);
        var submitted = plans.EnumerateArray().First(p => p.Str("status") == "submitted").Str("id");

        var page = await pm.GetStringAsync($"/projects/{projectId}/plans/{submitted}");

        var reason = ReasonInput().Match(page);
        Assert.True(reason.Success, "the submitted plan offers the project manager no reject reason");
        Assert.Equal("Reason for rejecting", WebUtility.HtmlDecode(AriaLabel().Match(reason.Value).Groups[1].Value));
    }

    [GeneratedRegex(@"<input name=""reason""[^>]*>")]
    private static partial Regex ReasonInput();

    [GeneratedRegex(@"aria-label=""([^""]*)""")]
    private static partial Regex AriaLabel();
}
