using System.Net;
using System.Net.Http.Json;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>Contractual dates and key flags through the API, the milestone table and a calendar's year.</summary>
public sealed class ScheduleViewsApiTests(GantryApp app) : IClassFixture<GantryApp>
{
    private static async Task<string> ProjectId(HttpClient client, string code)
    {
        var projects = await (await client.GetAsync($"/api/v1/projects?search={code}")).Read(HttpStatusCode.OK);
        return projects.EnumerateArray().Single(p => p.Str("code") == code).Str("id");
    }

    [Fact]
    public async Task APlannerPatchesAContractualDateAndTheMilestoneTableJudgesIt()
    {
        var planner = await app.SignedIn("planner.li");
        var id = await ProjectId(planner, "BJHY-3");
        var schedule = await (await planner.GetAsync($"/api/v1/projects/{id}/schedule")).Read(HttpStatusCode.OK);
        var task = schedule.GetProperty("activities").EnumerateArray().First(a => a.Str("code") == "A2030");
        Assert.False(task.GetProperty("isKeyMilestone").GetBoolean());
        var forecast = DateTime.Parse(task.Str("finish"), System.Globalization.CultureInfo.InvariantCulture);

        var url = $"/api/v1/projects/{id}/schedule/activities/{task.Str("id")}";
        var contractual = forecast.Date.AddDays(-20).ToString("yyyy-MM-dd'T'00:00:00", System.Globalization.CultureInfo.InvariantCulture);
        await (await planner.PatchAsJsonAsync(url, new { contractualDate = contractual, isKeyMilestone = true, version = task.GetProperty("version").GetInt32() }))
            .Read(HttpStatusCode.OK);

        var milestones = await (await planner.GetAsync($"/api/v1/projects/{id}/schedule/milestones")).Read(HttpStatusCode.OK);
        var row = milestones.EnumerateArray().Single(r => r.Str("code") == "A2030");
        Assert.Equal(contractual, row.Str("contractualDate"));
        Assert.Equal(20, row.GetProperty("varianceDays").GetInt32());
        Assert.Equal("late", row.Str("status"));
        var tolerant = await (await planner.GetAsync($"/api/v1/projects/{id}/schedule/milestones?toleranceDays=30")).Read(HttpStatusCode.OK);
        Assert.Equal("atRisk", tolerant.EnumerateArray().Single(r => r.Str("code") == "A2030").Str("status"));

        await (await planner.PatchAsJsonAsync(url, new { clear = new[] { "contractualDate" }, isKeyMilestone = false, version = row.GetProperty("version").GetInt32() }))
            .Read(HttpStatusCode.OK);
        var after = await (await planner.GetAsync($"/api/v1/projects/{id}/schedule/milestones")).Read(HttpStatusCode.OK);
        Assert.DoesNotContain(after.EnumerateArray(), r => r.Str("code") == "A2030");
    }

    [Fact]
    public async Task AToleranceOutOfRangeIsABadRequestNamingTheField()
    {
        var planner = await app.SignedIn("planner.li");
        var id = await ProjectId(planner, "BJHY-3");

        var response = await planner.GetAsync($"/api/v1/projects/{id}/schedule/milestones?toleranceDays=9999");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("toleranceDays", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AViewerReadsTheMilestonesButCannotSetAContractualDate()
    {
        var viewer = await app.SignedIn("owner.liu");
        var id = await ProjectId(viewer, "BJHY-3");
        var milestones = await (await viewer.GetAsync($"/api/v1/projects/{id}/schedule/milestones")).Read(HttpStatusCode.OK);
        var first = milestones.EnumerateArray().First();

        var response = await viewer.PatchAsJsonAsync($"/api/v1/projects/{id}/schedule/activities/{first.Str("activityId")}",
            new { contractualDate = "2027-01-01T00:00:00", version = first.GetProperty("version").GetInt32() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TheYearOfTheSiteCalendarShowsHolidaysMakeUpDaysAndWeatherStoppages()
    {
        var planner = await app.SignedIn("planner.li");
        var id = await ProjectId(planner, "BJHY-3");
        var schedule = await (await planner.GetAsync($"/api/v1/projects/{id}/schedule")).Read(HttpStatusCode.OK);
        var site = schedule.GetProperty("calendars").EnumerateArray().Single(c => c.Str("name").StartsWith("现场", StringComparison.Ordinal));

        var days = await (await planner.GetAsync($"/api/v1/projects/{id}/schedule/calendars/{site.Str("id")}/days?year=2026")).Read(HttpStatusCode.OK);
        string KindOf(string date) => days.EnumerateArray().Single(d => d.Str("date") == date).Str("kind");

        Assert.Equal(365, days.GetArrayLength());
        Assert.Equal("holiday", KindOf("2026-05-01"));
        Assert.Equal("weather", KindOf("2026-04-21"));
        Assert.Equal("working", KindOf("2026-06-02"));
        Assert.Equal("nonWorking", KindOf("2026-06-07"));
        Assert.Contains(days.EnumerateArray(), d => d.Str("kind") == "makeUpDay");
    }
}
