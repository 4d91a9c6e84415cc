using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>Inline editing on the plan page: who may edit a task or an item, field errors, a stale version, read-only once published.</summary>
public sealed class PlanPageEditTests(GantryApp app) : IClassFixture<GantryApp>
{
    private sealed record Draft(string ProjectId, string PlanId, string ItemId, string TaskId, int Version)
    {
        public string Page => $"/projects/{ProjectId}/plans/{PlanId}";

        public string Api => $"/api/v1/projects/{ProjectId}/plans/{PlanId}";
    }

    /// <summary>A weekly plan of the MEP subcontractor with one task on its first item, made by the planner through the API.</summary>
    private static async Task<Draft> DraftAsync(HttpClient planner)
    {
        var projects = await (await planner.GetAsync("/api/v1/projects?search=BJHY-3")).Read(HttpStatusCode.OK);
        var projectId = projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-3").Str("id");
        var organisations = await (await planner.GetAsync("/api/v1/organisations")).Read(HttpStatusCode.OK);
        var mep = organisations.EnumerateArray().Single(o => o.Str("code") == "HYJD").Str("id");
        var schedule = await (await planner.GetAsync($"/api/v1/projects/{projectId}/schedule")).Read(HttpStatusCode.OK);
        var week = schedule.GetProperty("activities").EnumerateArray()
            .Where(a => a.TryGetProperty("responsibleOrganisationId", out var o) && o.GetString() == mep)
            .Select(a => a.Str("earlyStart")[..10]).Where(d => string.CompareOrdinal(d, "2026-06-02") > 0).Order(StringComparer.Ordinal).First();
        var url = $"/api/v1/projects/{projectId}/plans";
        var plan = await (await planner.PostAsJsonAsync(url, new { level = "Weekly", date = week, responsibleOrganisationId = mep })).Read(HttpStatusCode.OK);
        var item = plan.GetProperty("items")[0];
        var split = await (await planner.PostAsJsonAsync($"{url}/{plan.Str("id")}/items/{item.Str("id")}/tasks", new
        {
            date = item.Str("plannedStart"), crew = "安装一班", description = "预埋线管", quantity = 120, unit = "m", version = plan.GetProperty("version").GetInt32(),
        })).Read(HttpStatusCode.OK);
        var task = split.GetProperty("items")[0].GetProperty("tasks")[0];
        return new Draft(projectId, plan.Str("id"), item.Str("id"), task.Str("id"), split.GetProperty("version").GetInt32());
    }

    private static Dictionary<string, string> TaskFields(Draft d, int version, string crew, string date) => new()
    {
        ["itemId"] = d.ItemId, ["taskId"] = d.TaskId, ["version"] = version.ToString(CultureInfo.InvariantCulture),
        ["date"] = date, ["crew"] = crew, ["description"] = "预埋线管及接线盒", ["quantity"] = "150", ["unit"] = "m", ["responsiblePerson"] = "孙浩",
    };

    private static async Task<JsonElement> TaskAsync(HttpClient client, Draft d)
    {
        var plan = await (await client.GetAsync(d.Api)).Read(HttpStatusCode.OK);
        return plan.GetProperty("items").EnumerateArray().Single(i => i.Str("id") == d.ItemId).GetProperty("tasks")[0];
    }

    [Fact]
    public async Task APlannerEditsATaskInlineAndEveryFieldIsSaved()
    {
        var planner = await app.SignedIn("planner.li");
        var d = await DraftAsync(planner);
        var date = (await TaskAsync(planner, d)).Str("date");

        var shown = await PageForm.PostAsync(planner, d.Page, "ChangeTask", TaskFields(d, d.Version, "安装三班", date));

        var task = await TaskAsync(planner, d);
        Assert.Equal(("安装三班", "预埋线管及接线盒", 150m, "孙浩"), (task.Str("crew"), task.Str("description"), task.GetProperty("quantity").GetDecimal(), task.Str("responsiblePerson")));
        Assert.Contains("data-testid=\"task-edit\"", shown, StringComparison.Ordinal);
        Assert.Contains("安装三班", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"edit-error\"", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStaleVersionIsRefusedAndTheEditorShowsTheCurrentValuesAndTheRefusedEntry()
    {
        var planner = await app.SignedIn("planner.li");
        var pm = await app.SignedIn("pm.zhang");
        var d = await DraftAsync(planner);
        var date = (await TaskAsync(planner, d)).Str("date");
        await PageForm.PostAsync(pm, d.Page, "ChangeTask", TaskFields(d, d.Version, "项目部调整", date));

        var shown = await PageForm.PostAsync(planner, d.Page, "ChangeTask", TaskFields(d, d.Version, "安装三班", date));

        Assert.Equal("项目部调整", (await TaskAsync(planner, d)).Str("crew"));
        Assert.Contains("data-testid=\"edit-error\"", shown, StringComparison.Ordinal);
        Assert.Contains("changed by someone else", shown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("安装三班", shown, StringComparison.Ordinal);
        var editor = shown[shown.IndexOf($"id=\"task-{d.TaskId}-editor\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain("hidden", editor[..editor.IndexOf('>', StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("value=\"项目部调整\"", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASiteEngineerOfAnotherOrganisationGetsNoEditorAndHisPostIsRefused()
    {
        var planner = await app.SignedIn("planner.li");
        var engineer = await app.SignedIn("site.wang");
        var d = await DraftAsync(planner);
        var date = (await TaskAsync(planner, d)).Str("date");

        var page = await engineer.GetStringAsync(d.Page);
        var shown = await PageForm.PostAsync(engineer, d.Page, "ChangeTask", TaskFields(d, d.Version, "越权修改", date));

        Assert.DoesNotContain("data-testid=\"task-edit\"", page, StringComparison.Ordinal);
        Assert.Equal("安装一班", (await TaskAsync(planner, d)).Str("crew"));
        Assert.Contains("data-testid=\"flash-error\"", shown, StringComparison.Ordinal);
        Assert.Contains("does not allow", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnItemEditNamesTheFieldItRefusesAndKeepsTheStoredMinutesOfAnUntouchedDuration()
    {
        var planner = await app.SignedIn("planner.li");
        var d = await DraftAsync(planner);
        var before = await (await planner.GetAsync(d.Api)).Read(HttpStatusCode.OK);
        var item = before.GetProperty("items")[0];
        var minutes = item.GetProperty("plannedDurationMinutes").GetInt64();
        var shownDays = (minutes / 480.0).ToString("0.##", CultureInfo.InvariantCulture);
        Dictionary<string, string> Fields(int version, string finish, string days, string percent) => new()
        {
            ["itemId"] = d.ItemId, ["version"] = version.ToString(CultureInfo.InvariantCulture), ["plannedStart"] = item.Str("plannedStart"),
            ["plannedFinish"] = finish, ["durationDays"] = days, ["shownDurationDays"] = shownDays,
            ["durationMinutes"] = minutes.ToString(CultureInfo.InvariantCulture), ["plannedPercent"] = percent, ["quantity"] = "300", ["unit"] = "m",
        };

        var outside = await PageForm.PostAsync(planner, d.Page, "ChangeItem", Fields(d.Version, "2030-01-01", shownDays, "80"));
        var notANumber = await PageForm.PostAsync(planner, d.Page, "ChangeItem", Fields(d.Version, item.Str("plannedFinish"), "three", "80"));
        await PageForm.PostAsync(planner, d.Page, "ChangeItem", Fields(d.Version, item.Str("plannedFinish"), shownDays, "80"));
        var saved = (await (await planner.GetAsync(d.Api)).Read(HttpStatusCode.OK)).GetProperty("items")[0];

        Assert.Contains("Planned finish must lie in the plan", outside, StringComparison.Ordinal);
        Assert.Contains("Planned duration", notANumber, StringComparison.Ordinal);
        Assert.Equal((minutes, 80.0, 300m), (saved.GetProperty("plannedDurationMinutes").GetInt64(), saved.GetProperty("plannedPercent").GetDouble(),
            saved.GetProperty("quantity").GetDecimal()));
    }

    [Fact]
    public async Task APublishedPlanOffersOnlyTheProgressReportAndRefusesATaskEdit()
    {
        var planner = await app.SignedIn("planner.li");
        var pm = await app.SignedIn("pm.zhang");
        var d = await DraftAsync(planner);
        var date = (await TaskAsync(planner, d)).Str("date");
        var submitted = await (await planner.PostAsJsonAsync($"{d.Api}/submit", new { version = d.Version })).Read(HttpStatusCode.OK);
        var approved = await (await pm.PostAsJsonAsync($"{d.Api}/approve", new { version = submitted.GetProperty("version").GetInt32() })).Read(HttpStatusCode.OK);
        var published = await (await pm.PostAsJsonAsync($"{d.Api}/publish", new { version = approved.GetProperty("version").GetInt32() })).Read(HttpStatusCode.OK);
        var version = published.GetProperty("version").GetInt32();

        var page = await planner.GetStringAsync(d.Page);
        var refused = await PageForm.PostAsync(planner, d.Page, "ChangeTask", TaskFields(d, version, "发布后修改", date));
        await PageForm.PostAsync(planner, d.Page, "Report", new Dictionary<string, string>
        {
            ["itemId"] = d.ItemId, ["taskId"] = d.TaskId, ["version"] = version.ToString(CultureInfo.InvariantCulture),
            ["percentComplete"] = "60", ["actualStart"] = date,
        });
        var task = await TaskAsync(planner, d);

        Assert.DoesNotContain("data-testid=\"task-edit-form\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"report-form\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"edit-error\"", refused, StringComparison.Ordinal);
        Assert.Equal(("安装一班", 60.0, date), (task.Str("crew"), task.GetProperty("percentComplete").GetDouble(), task.Str("actualStart")));
    }
}
