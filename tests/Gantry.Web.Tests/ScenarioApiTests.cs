using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>The scenarios API end to end on the demo project: copy, change, compare, adopt, and every denial.</summary>
public sealed class ScenarioApiTests(GantryApp app) : IClassFixture<GantryApp>
{
    private static async Task<string> DemoId(HttpClient client)
    {
        var projects = await (await client.GetAsync("/api/v1/projects?search=BJHY-3")).Read(HttpStatusCode.OK);
        return projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-3").Str("id");
    }

    private static async Task<JsonElement> Copy(HttpClient planner, string projectId, string name) =>
        await (await planner.PostAsJsonAsync($"/api/v1/projects/{projectId}/scenarios", new { name })).Read(HttpStatusCode.OK);

    /// <summary>The longest not-yet-started critical task: shortening it must pull the finish in.</summary>
    private static JsonElement LongestCriticalTask(JsonElement schedule) =>
        schedule.GetProperty("activities").EnumerateArray()
            .Where(a => a.GetProperty("critical").GetBoolean() && a.Str("type") == "Task" && a.GetProperty("actualStart").ValueKind == JsonValueKind.Null)
            .OrderByDescending(a => a.GetProperty("originalDurationMinutes").GetInt64()).First();

    [Fact]
    public async Task APlannerShortensACriticalActivityInAScenarioSeesTheEarlierFinishAndAdoptsIt()
    {
        var planner = await app.SignedIn("planner.li");
        var id = await DemoId(planner);
        var scenario = await Copy(planner, id, "赶工");
        var url = $"/api/v1/projects/{id}/scenarios/{scenario.Str("id")}";
        var copied = await (await planner.GetAsync(url)).Read(HttpStatusCode.OK);
        var target = LongestCriticalTask(copied.GetProperty("schedule"));
        var days = target.GetProperty("originalDurationMinutes").GetInt64() / 480;

        var changed = await (await planner.PostAsJsonAsync(url + "/changes", new
        {
            version = scenario.GetProperty("version").GetInt32(),
            change = new { kind = "changeActivity", activityId = target.Str("id"), durationMinutes = (days - 5) * 480 },
        })).Read(HttpStatusCode.OK);
        var comparison = await (await planner.GetAsync(url + "/comparison")).Read(HttpStatusCode.OK);

        Assert.Equal(1, changed.GetProperty("changeCount").GetInt32());
        Assert.True(comparison.GetProperty("finishDifferenceDays").GetDouble() < 0, comparison.ToString());
        Assert.Contains(comparison.GetProperty("activities").EnumerateArray(), a => a.Str("code") == target.Str("code"));
        var details = await (await planner.GetAsync(url)).Read(HttpStatusCode.OK);
        Assert.Equal(target.Str("code"), details.GetProperty("changes")[0].Str("activityCode"));
        Assert.Equal("changeActivity", details.GetProperty("changes")[0].GetProperty("change").Str("kind"));

        var adopted = await (await planner.PostAsJsonAsync(url + "/adopt", new { version = changed.GetProperty("version").GetInt32() })).Read(HttpStatusCode.OK);

        Assert.Equal("adopted", adopted.GetProperty("scenario").Str("status"));
        var live = await (await planner.GetAsync($"/api/v1/projects/{id}/schedule")).Read(HttpStatusCode.OK);
        Assert.Equal(comparison.Str("scenarioFinish"), live.Str("finish"));
        Assert.Equal(live.Str("finish"), adopted.Str("finish"));
    }

    [Fact]
    public async Task AStaleScenarioVersionGets409AndRefusedInputGets400NamingTheField()
    {
        var planner = await app.SignedIn("planner.li");
        var id = await DemoId(planner);
        var scenario = await Copy(planner, id, "版本");
        var url = $"/api/v1/projects/{id}/scenarios/{scenario.Str("id")}";
        var version = scenario.GetProperty("version").GetInt32();

        var missing = await (await planner.PostAsJsonAsync(url + "/changes", new { version })).Problem(HttpStatusCode.BadRequest);
        var unknown = await (await planner.PostAsJsonAsync(url + "/changes", new
        {
            version, change = new { kind = "changeActivity", activityId = Guid.NewGuid(), durationMinutes = 480 },
        })).Problem(HttpStatusCode.BadRequest);
        var discarded = await (await planner.PostAsJsonAsync(url + "/discard", new { version })).Read(HttpStatusCode.OK);
        await (await planner.PostAsJsonAsync(url + "/adopt", new { version })).Problem(HttpStatusCode.Conflict);
        var closed = await (await planner.PostAsJsonAsync(url + "/changes", new
        {
            version = discarded.GetProperty("version").GetInt32(), change = new { kind = "removeActivity" },
        })).Problem(HttpStatusCode.BadRequest);
        var unnamed = await (await planner.PostAsJsonAsync($"/api/v1/projects/{id}/scenarios", new { name = "" })).Problem(HttpStatusCode.BadRequest);

        Assert.True(missing.GetProperty("errors").TryGetProperty("change", out _));
        Assert.True(unknown.GetProperty("errors").TryGetProperty("activityId", out _));
        Assert.Equal("discarded", discarded.Str("status"));
        Assert.Contains("版本", closed.GetProperty("errors").GetProperty("status")[0].GetString()!, StringComparison.Ordinal);
        Assert.True(unnamed.GetProperty("errors").TryGetProperty("name", out _));
    }

    [Fact]
    public async Task ReadersSeeScenariosButOnlyPlannersAndManagersChangeThemAndSubcontractorsSeeNone()
    {
        var planner = await app.SignedIn("planner.li");
        var id = await DemoId(planner);
        var scenario = await Copy(planner, id, "权限");
        var url = $"/api/v1/projects/{id}/scenarios/{scenario.Str("id")}";
        var version = scenario.GetProperty("version").GetInt32();
        var site = await app.SignedIn("site.wang");
        var owner = await app.SignedIn("owner.liu");
        var subcontractor = await app.SignedIn("sub.sun");
        var manager = await app.SignedIn("pm.zhang");

        await (await owner.GetAsync($"/api/v1/projects/{id}/scenarios")).Read(HttpStatusCode.OK);
        await (await site.GetAsync(url)).Read(HttpStatusCode.OK);
        await (await site.PostAsJsonAsync($"/api/v1/projects/{id}/scenarios", new { name = "x" })).Problem(HttpStatusCode.Forbidden);
        await (await site.PostAsJsonAsync(url + "/changes", new { version, change = new { kind = "removeActivity" } })).Problem(HttpStatusCode.Forbidden);
        await (await owner.PostAsJsonAsync(url + "/adopt", new { version })).Problem(HttpStatusCode.Forbidden);
        await (await owner.PostAsJsonAsync(url + "/discard", new { version })).Problem(HttpStatusCode.Forbidden);
        await (await owner.DeleteAsync($"{url}?version={version}")).Problem(HttpStatusCode.Forbidden);
        await (await subcontractor.GetAsync($"/api/v1/projects/{id}/scenarios")).Problem(HttpStatusCode.Forbidden);
        await (await subcontractor.GetAsync(url)).Problem(HttpStatusCode.Forbidden);
        await (await subcontractor.GetAsync(url + "/comparison")).Problem(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().GetAsync($"/api/v1/projects/{id}/scenarios")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"{url}?version={version}")).StatusCode);
        await (await planner.GetAsync(url)).Problem(HttpStatusCode.NotFound);
    }
}
