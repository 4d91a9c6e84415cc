using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>The changes the scenario page's Gantt records for a drag, over HTTP: each reschedules the scenario only, undo takes it back.</summary>
public sealed class ScenarioGanttEditTests(GantryApp app) : IClassFixture<GantryApp>
{
    private static async Task<string> DemoId(HttpClient client)
    {
        var projects = await (await client.GetAsync("/api/v1/projects?search=BJHY-3")).Read(HttpStatusCode.OK);
        return projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-3").Str("id");
    }

    private static bool Open(JsonElement a) =>
        a.GetProperty("critical").GetBoolean() && a.Str("type") == "Task" && a.GetProperty("actualStart").ValueKind == JsonValueKind.Null;

    [Fact]
    public async Task DraggingAStartToStartOverADrivingLinkOverlapsTheActivitiesAndBringsTheScenarioFinishInWithoutTouchingLive()
    {
        var planner = await app.SignedIn("planner.li");
        var id = await DemoId(planner);
        var liveBefore = await (await planner.GetAsync($"/api/v1/projects/{id}/schedule")).Read(HttpStatusCode.OK);
        var scenario = await (await planner.PostAsJsonAsync($"/api/v1/projects/{id}/scenarios", new { name = "搭接" })).Read(HttpStatusCode.OK);
        var url = $"/api/v1/projects/{id}/scenarios/{scenario.Str("id")}";
        var schedule = (await (await planner.GetAsync(url)).Read(HttpStatusCode.OK)).GetProperty("schedule");
        var byId = schedule.GetProperty("activities").EnumerateArray().ToDictionary(a => a.Str("id"));
        var link = schedule.GetProperty("links").EnumerateArray().First(l => l.Str("type") == "FS" && l.GetProperty("driving").GetBoolean()
            && Open(byId[l.Str("predecessorId")]) && Open(byId[l.Str("successorId")]));

        var changed = await (await planner.PostAsJsonAsync(url + "/changes", new
        {
            version = scenario.GetProperty("version").GetInt32(),
            change = new { kind = "changeLink", linkId = link.Str("id"), linkType = "startToStart", lagMinutes = 0 },
        })).Read(HttpStatusCode.OK);
        var comparison = await (await planner.GetAsync(url + "/comparison")).Read(HttpStatusCode.OK);
        var liveAfter = await (await planner.GetAsync($"/api/v1/projects/{id}/schedule")).Read(HttpStatusCode.OK);
        var undone = await (await planner.DeleteAsync($"{url}/changes/last?version={changed.GetProperty("version").GetInt32()}")).Read(HttpStatusCode.OK);

        Assert.True(comparison.GetProperty("finishDifferenceDays").GetDouble() < 0, comparison.ToString());
        Assert.Equal(liveBefore.Str("finish"), liveAfter.Str("finish"));
        Assert.Equal("FS", liveAfter.GetProperty("links").EnumerateArray().Single(l => l.Str("id") == link.Str("id")).Str("type"));
        Assert.Equal(0, undone.GetProperty("changeCount").GetInt32());
        Assert.Equal(scenario.Str("finish"), undone.Str("finish"));
    }

    [Fact]
    public async Task DraggingACriticalBarLaterSetsAStartNoEarlierThanThatDelaysTheScenarioFinish()
    {
        var planner = await app.SignedIn("planner.li");
        var id = await DemoId(planner);
        var scenario = await (await planner.PostAsJsonAsync($"/api/v1/projects/{id}/scenarios", new { name = "推迟" })).Read(HttpStatusCode.OK);
        var url = $"/api/v1/projects/{id}/scenarios/{scenario.Str("id")}";
        var schedule = (await (await planner.GetAsync(url)).Read(HttpStatusCode.OK)).GetProperty("schedule");
        var target = schedule.GetProperty("activities").EnumerateArray().First(Open);
        var later = DateTime.Parse(target.Str("start"), System.Globalization.CultureInfo.InvariantCulture).AddDays(14);

        await (await planner.PostAsJsonAsync(url + "/changes", new
        {
            version = scenario.GetProperty("version").GetInt32(),
            change = new { kind = "changeActivity", activityId = target.Str("id"), constraintType = "startNoEarlierThan", constraintDate = later },
        })).Read(HttpStatusCode.OK);
        var details = await (await planner.GetAsync(url)).Read(HttpStatusCode.OK);
        var moved = details.GetProperty("schedule").GetProperty("activities").EnumerateArray().Single(a => a.Str("id") == target.Str("id"));

        Assert.True(details.GetProperty("comparison").GetProperty("finishDifferenceDays").GetDouble() > 0);
        Assert.True(string.CompareOrdinal(moved.Str("start"), later.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) >= 0);
        Assert.Equal("StartNoEarlierThan", moved.GetProperty("constraint").Str("type"));
    }

    [Fact]
    public async Task OnlyAPlannerOnAnOpenScenarioGetsTheEditableGantt()
    {
        var planner = await app.SignedIn("planner.li");
        var engineer = await app.SignedIn("site.wang");
        var id = await DemoId(planner);
        var scenario = await (await planner.PostAsJsonAsync($"/api/v1/projects/{id}/scenarios", new { name = "只读" })).Read(HttpStatusCode.OK);
        var page = $"/projects/{id}/scenarios/{scenario.Str("id")}";

        var planners = await planner.GetStringAsync(page);
        var engineers = await engineer.GetStringAsync(page);
        await planner.PostAsJsonAsync($"/api/v1/projects/{id}/scenarios/{scenario.Str("id")}/discard", new { version = scenario.GetProperty("version").GetInt32() });
        var discarded = await planner.GetStringAsync(page);

        Assert.Contains("data-can-edit=\"true\"", planners, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"scenario-gantt-hint\"", planners, StringComparison.Ordinal);
        Assert.Contains("data-can-edit=\"false\"", engineers, StringComparison.Ordinal);
        Assert.Contains("data-can-edit=\"false\"", discarded, StringComparison.Ordinal);
    }
}
