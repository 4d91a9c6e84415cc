using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>The plans API on the demo project: the approval chain over HTTP, field errors, conflicts and each denial.</summary>
public sealed class PlansApiTests(GantryApp app) : IClassFixture<GantryApp>
{
    private static async Task<string> ProjectId(HttpClient client)
    {
        var projects = await (await client.GetAsync("/api/v1/projects?search=BJHY-3")).Read(HttpStatusCode.OK);
        return projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-3").Str("id");
    }

    private static async Task<string> MepId(HttpClient client)
    {
        var organisations = await (await client.GetAsync("/api/v1/organisations")).Read(HttpStatusCode.OK);
        return organisations.EnumerateArray().Single(o => o.Str("code") == "HYJD").Str("id");
    }

    /// <summary>A week after the data date in which the MEP subcontractor has work, read from the schedule.</summary>
    private static async Task<string> MepWeek(HttpClient client, string projectId, string mep)
    {
        var schedule = await (await client.GetAsync($"/api/v1/projects/{projectId}/schedule")).Read(HttpStatusCode.OK);
        return schedule.GetProperty("activities").EnumerateArray()
            .Where(a => a.TryGetProperty("responsibleOrganisationId", out var o) && o.GetString() == mep)
            .Select(a => a.Str("earlyStart")[..10]).Where(d => string.CompareOrdinal(d, "2026-06-02") > 0).Order(StringComparer.Ordinal).First();
    }

    [Fact]
    public async Task APlannerPreparesAWeeklyPlanAndTheProjectManagerPublishesItToTheSubcontractor()
    {
        var planner = await app.SignedIn("planner.li");
        var pm = await app.SignedIn("pm.zhang");
        var mepUser = await app.SignedIn("sub.sun");
        var facade = await app.SignedIn("sub.zhou");
        var projectId = await ProjectId(planner);
        var mep = await MepId(planner);
        var week = await MepWeek(planner, projectId, mep);
        var url = $"/api/v1/projects/{projectId}/plans";

        var plan = await (await planner.PostAsJsonAsync(url, new { level = "Weekly", date = week, responsibleOrganisationId = mep })).Read(HttpStatusCode.OK);
        var planUrl = $"{url}/{plan.Str("id")}";
        var item = plan.GetProperty("items")[0];
        var split = await (await planner.PostAsJsonAsync($"{planUrl}/items/{item.Str("id")}/tasks", new
        {
            date = plan.Str("periodStart"), crew = "安装一班", description = "预埋线管", quantity = 120, unit = "m", responsiblePerson = "孙浩",
            version = plan.GetProperty("version").GetInt32(),
        })).Read(HttpStatusCode.OK);
        var hidden = await mepUser.GetAsync(planUrl);
        var submitted = await (await planner.PostAsJsonAsync($"{planUrl}/submit", new { version = split.GetProperty("version").GetInt32() })).Read(HttpStatusCode.OK);
        var plannerApproves = await planner.PostAsJsonAsync($"{planUrl}/approve", new { version = submitted.GetProperty("version").GetInt32() });
        var approved = await (await pm.PostAsJsonAsync($"{planUrl}/approve", new { version = submitted.GetProperty("version").GetInt32() })).Read(HttpStatusCode.OK);
        var published = await (await pm.PostAsJsonAsync($"{planUrl}/publish", new { version = approved.GetProperty("version").GetInt32() })).Read(HttpStatusCode.OK);

        Assert.Equal("draft", plan.Str("status"));
        Assert.Equal("安装一班", split.GetProperty("items")[0].GetProperty("tasks")[0].Str("crew"));
        await hidden.Problem(HttpStatusCode.NotFound);
        await plannerApproves.Problem(HttpStatusCode.Forbidden);
        Assert.Equal(("published", "张伟", "李娜"), (published.Str("status"), published.Str("publishedByName"), published.Str("submittedByName")));
        var seen = await (await mepUser.GetAsync(planUrl)).Read(HttpStatusCode.OK);
        Assert.False(seen.GetProperty("canEdit").GetBoolean());
        await (await facade.GetAsync(planUrl)).Problem(HttpStatusCode.NotFound);
        var facadeList = await (await facade.GetAsync($"{url}?level=Weekly")).Read(HttpStatusCode.OK);
        Assert.DoesNotContain(facadeList.EnumerateArray(), p => p.Str("id") == plan.Str("id"));
        var mepList = await (await mepUser.GetAsync($"{url}?status=Published")).Read(HttpStatusCode.OK);
        Assert.Contains(mepList.EnumerateArray(), p => p.Str("id") == plan.Str("id"));
        var readOnly = await planner.PostAsJsonAsync($"{planUrl}/items/{item.Str("id")}/tasks", new
        {
            date = plan.Str("periodStart"), crew = "安装二班", description = "桥架", version = published.GetProperty("version").GetInt32(),
        });
        Assert.True((await readOnly.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("status", out _));
    }

    [Fact]
    public async Task BadInputIsAProblemNamingTheFieldAndAStaleVersionIs409()
    {
        var planner = await app.SignedIn("planner.li");
        var projectId = await ProjectId(planner);
        var url = $"/api/v1/projects/{projectId}/plans";

        var noDate = await planner.PostAsJsonAsync(url, new { level = "Monthly" });
        var plan = await (await planner.PostAsJsonAsync(url, new { level = "Monthly", date = "2026-11-01" })).Read(HttpStatusCode.OK);
        var item = plan.GetProperty("items")[0];
        var taskUrl = $"{url}/{plan.Str("id")}/items/{item.Str("id")}/tasks";
        var outside = await planner.PostAsJsonAsync(taskUrl, new { date = "2026-12-01", crew = "A", description = "B", version = plan.GetProperty("version").GetInt32() });
        await (await planner.PostAsJsonAsync(taskUrl, new { date = "2026-11-02", crew = "A", description = "B", version = plan.GetProperty("version").GetInt32() }))
            .Read(HttpStatusCode.OK);
        var stale = await planner.PostAsJsonAsync(taskUrl, new { date = "2026-11-03", crew = "A", description = "B", version = plan.GetProperty("version").GetInt32() });

        Assert.True((await noDate.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("date", out _));
        Assert.True((await outside.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("date", out _));
        await stale.Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ViewersCostStaffAndOtherOrganisationsSiteEngineersAreDenied()
    {
        var planner = await app.SignedIn("planner.li");
        var projectId = await ProjectId(planner);
        var mep = await MepId(planner);
        var url = $"/api/v1/projects/{projectId}/plans";
        var body = new { level = "Weekly", date = "2026-09-07", responsibleOrganisationId = mep };

        foreach (var user in new[] { "owner.liu", "cost.chen", "site.wang", "sub.sun" })
        {
            var client = await app.SignedIn(user);
            await (await client.PostAsJsonAsync(url, body)).Problem(HttpStatusCode.Forbidden);
        }

        var outsider = await app.SignedIn("sub.zhou");
        var list = await (await outsider.GetAsync(url)).Read(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Array, list.ValueKind);
        Assert.All(list.EnumerateArray(), p => Assert.Equal("published", p.Str("status")));
    }
}
