using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

public sealed class TokenApiTests(GantryApp app) : IClassFixture<GantryApp>
{
    private HttpClient Bearer(string token)
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task AnIssuedTokenOpensTheApiUntilItIsRevoked()
    {
        var browser = await app.SignedIn("planner.li");
        var issued = await (await browser.PostAsJsonAsync("/api/v1/tokens", new { name = "P6 导入脚本" })).Read(HttpStatusCode.Created);
        var token = issued.Str("token");
        var id = issued.GetProperty("summary").Str("id");

        var script = Bearer(token);
        var me = await (await script.GetAsync("/api/v1/me")).Read(HttpStatusCode.OK);
        var projects = await (await script.GetAsync("/api/v1/projects")).Read(HttpStatusCode.OK);
        Assert.Equal("planner.li", me.Str("userName"));
        Assert.Equal(["BJHY-3"], projects.EnumerateArray().Select(p => p.Str("code")));

        var listed = await (await browser.GetAsync("/api/v1/tokens")).Read(HttpStatusCode.OK);
        Assert.DoesNotContain(token, listed.GetRawText(), StringComparison.Ordinal);

        await (await browser.DeleteAsync($"/api/v1/tokens/{id}")).Read(HttpStatusCode.OK);
        await (await script.GetAsync("/api/v1/me")).Problem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnUnknownBearerTokenIsA401Problem()
    {
        await (await Bearer("gantry_deadbeef").GetAsync("/api/v1/projects")).Problem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ATokenCarriesItsUsersPermissionsNotMore()
    {
        var browser = await app.SignedIn("sub.zhou");
        var issued = await (await browser.PostAsJsonAsync("/api/v1/tokens", new { name = "ci" })).Read(HttpStatusCode.Created);
        var script = Bearer(issued.Str("token"));

        var projects = await (await script.GetAsync("/api/v1/projects")).Read(HttpStatusCode.OK);

        Assert.Equal(["BJHY-3"], projects.EnumerateArray().Select(p => p.Str("code")));
        await (await script.PostAsJsonAsync("/api/v1/users", new { userName = "x" })).Problem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ChangesMadeWithATokenAreAuditedUnderItsOwner()
    {
        var browser = await app.SignedIn("pm.zhang");
        var issued = await (await browser.PostAsJsonAsync("/api/v1/tokens", new { name = "同步脚本" })).Read(HttpStatusCode.Created);
        var script = Bearer(issued.Str("token"));
        var projects = await (await script.GetAsync("/api/v1/projects?search=BJHY-GK")).Read(HttpStatusCode.OK);
        var id = projects.EnumerateArray().Single().Str("id");
        var project = await (await script.GetAsync($"/api/v1/projects/{id}")).Read(HttpStatusCode.OK);

        var body = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = project.Str("code"), ["name"] = project.Str("name"), ["type"] = project.Str("type"),
            ["location"] = project.Str("location"), ["ownerOrganisationId"] = project.Str("ownerOrganisationId"),
            ["contractAmount"] = project.GetProperty("contractAmount").GetDecimal(), ["currency"] = project.Str("currency"),
            ["plannedStart"] = project.Str("plannedStart"), ["plannedFinish"] = project.Str("plannedFinish"),
            ["status"] = "inProgress", ["description"] = "脚本同步", ["version"] = project.GetProperty("version").GetInt32(),
        };
        await (await script.PutAsJsonAsync($"/api/v1/projects/{id}", body)).Read(HttpStatusCode.OK);

        var audit = await (await script.GetAsync($"/api/v1/audit?projectId={id}&entityName=Project&take=1")).Read(HttpStatusCode.OK);
        var entry = Assert.Single(audit.EnumerateArray().ToArray());
        Assert.Equal("pm.zhang", entry.Str("userName"));
        Assert.Contains("脚本同步", entry.Str("newValues"), StringComparison.Ordinal);
    }
}
