using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>The schedule API end to end: the contract payload, an edit answering with what moved, import, export, denials.</summary>
public sealed class ScheduleApiTests(GantryApp app) : IClassFixture<GantryApp>
{
    private static async Task<string> ProjectId(HttpClient client, string code)
    {
        var projects = await (await client.GetAsync($"/api/v1/projects?search={code}")).Read(HttpStatusCode.OK);
        return projects.EnumerateArray().Single(p => p.Str("code") == code).Str("id");
    }

    [Fact]
    public async Task TheScheduleDocumentHasTheContractsShape()
    {
        var planner = await app.SignedIn("planner.li");
        var id = await ProjectId(planner, "BJHY-3");

        var schedule = await (await planner.GetAsync($"/api/v1/projects/{id}/schedule")).Read(HttpStatusCode.OK);

        Assert.Equal("BJHY-3", schedule.Str("projectCode"));
        Assert.Equal("2026-06-01T08:00:00", schedule.Str("dataDate"));
        Assert.Equal(480, schedule.GetProperty("minutesPerDay").GetInt32());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$", schedule.Str("finish"));
        var wbs = schedule.GetProperty("wbs")[0];
        Assert.All(new[] { "id", "parentId", "code", "name", "sortOrder" }, p => Assert.True(wbs.TryGetProperty(p, out _), p));
        var activity = schedule.GetProperty("activities").EnumerateArray().First(a => a.Str("code") == "A1020");
        foreach (var p in new[] { "id", "code", "name", "wbsId", "sortOrder", "type", "calendarId", "originalDurationMinutes", "remainingDurationMinutes",
                     "percentComplete", "start", "finish", "earlyStart", "earlyFinish", "lateStart", "lateFinish", "actualStart", "actualFinish",
                     "totalFloatMinutes", "freeFloatMinutes", "critical", "baselineStart", "baselineFinish", "constraint",
                     "responsibleOrganisationId", "responsibleOrganisationName", "version" })
        {
            Assert.True(activity.TryGetProperty(p, out _), p);
        }

        Assert.Equal("Task", activity.Str("type"));
        Assert.Contains(schedule.GetProperty("activities").EnumerateArray(), a => a.Str("type") == "FinishMilestone");
        var constrained = schedule.GetProperty("activities").EnumerateArray().Single(a => a.Str("code") == "M7100");
        Assert.Equal("FinishNoLaterThan", constrained.GetProperty("constraint").Str("type"));
        var link = schedule.GetProperty("links")[0];
        Assert.All(new[] { "id", "predecessorId", "successorId", "type", "lagMinutes", "driving" }, p => Assert.True(link.TryGetProperty(p, out _), p));
    }

    [Fact]
    public async Task APatchOfADurationAnswersWithWhatMovedAndAStaleVersionGets409()
    {
        var planner = await app.SignedIn("planner.li");
        var id = await ProjectId(planner, "BJHY-3");
        var schedule = await (await planner.GetAsync($"/api/v1/projects/{id}/schedule")).Read(HttpStatusCode.OK);
        var activity = schedule.GetProperty("activities").EnumerateArray().First(a => a.Str("code") == "A2030");
        var url = $"/api/v1/projects/{id}/schedule/activities/{activity.Str("id")}";
        var version = activity.GetProperty("version").GetInt32();

        var change = await (await planner.PatchAsJsonAsync(url, new { originalDurationMinutes = 30 * 480, version })).Read(HttpStatusCode.OK);
        var stale = await planner.PatchAsJsonAsync(url, new { originalDurationMinutes = 20 * 480, version });

        var moved = change.GetProperty("moved").EnumerateArray().ToList();
        Assert.Contains(moved, m => m.Str("code") == "A2040");
        Assert.All(moved, m => Assert.True(m.TryGetProperty("oldStart", out _) && m.TryGetProperty("start", out _)));
        Assert.Equal(version + 1, change.GetProperty("version").GetInt32());
        await stale.Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ThePatchAnswerCarriesEveryRowThatChangedExactlyAsTheReloadedDocumentHasIt()
    {
        var planner = await app.SignedIn("planner.li");
        var id = await ProjectId(planner, "BJHY-3");
        var before = await (await planner.GetAsync($"/api/v1/projects/{id}/schedule")).Read(HttpStatusCode.OK);
        var activity = before.GetProperty("activities").EnumerateArray().First(a => a.Str("code") == "A2010");

        var change = await (await planner.PatchAsJsonAsync($"/api/v1/projects/{id}/schedule/activities/{activity.Str("id")}",
            new { originalDurationMinutes = activity.GetProperty("originalDurationMinutes").GetInt64() + 5 * 480, version = activity.GetProperty("version").GetInt32() }))
            .Read(HttpStatusCode.OK);
        var after = await (await planner.GetAsync($"/api/v1/projects/{id}/schedule")).Read(HttpStatusCode.OK);

        static Dictionary<string, string> Rows(JsonElement document, string list) =>
            document.GetProperty(list).EnumerateArray().ToDictionary(r => r.Str("id"), r => r.GetRawText());
        foreach (var list in new[] { "activities", "links" })
        {
            var old = Rows(before, list);
            var now = Rows(after, list);
            var answered = Rows(change, list);
            var changed = now.Where(r => old[r.Key] != r.Value).Select(r => r.Key).ToList();
            Assert.True(list == "links" || changed.Count > 0, "the edit changed no activity");
            Assert.All(changed, key => Assert.True(answered.ContainsKey(key), $"{list} {key} changed but is not in the answer"));
            Assert.All(answered, r => Assert.Equal(now[r.Key], r.Value));
        }

        Assert.Equal(after.Str("finish"), change.Str("finish"));
        Assert.Equal(after.GetProperty("version").GetInt32(), change.GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task ALoopIsA400NamingTheField()
    {
        var planner = await app.SignedIn("planner.li");
        var id = await ProjectId(planner, "BJHY-3");
        var schedule = await (await planner.GetAsync($"/api/v1/projects/{id}/schedule")).Read(HttpStatusCode.OK);
        string Of(string code) => schedule.GetProperty("activities").EnumerateArray().Single(a => a.Str("code") == code).Str("id");

        var response = await planner.PostAsJsonAsync($"/api/v1/projects/{id}/schedule/links",
            new { predecessorId = Of("M7100"), successorId = Of("A1010"), type = "finishToStart" });

        var problem = await response.Problem(HttpStatusCode.BadRequest);
        Assert.Contains("loop", problem.GetProperty("errors").GetProperty("predecessorId")[0].GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubcontractorsViewersAndSiteEngineersAreRefusedEdits()
    {
        foreach (var user in new[] { "sub.sun", "owner.liu", "site.wang" })
        {
            var client = await app.SignedIn(user);
            var id = await ProjectId(client, "BJHY-3");
            var response = await client.PostAsJsonAsync($"/api/v1/projects/{id}/schedule/activities",
                new { code = "X-" + user, name = "不该加", originalDurationMinutes = 480 });
            await response.Problem(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task ImportTakesAnUploadedFileAndExportGivesExcelAndCsv()
    {
        var manager = await app.SignedIn("pm.zhang");
        var id = await ProjectId(manager, "BJHY-GK");
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(Gantry.Interchange.Tests.OracleFiles.MsProject("mspdirelations.xml"))), "file", "mspdirelations.xml");

        var report = await (await manager.PostAsync($"/api/v1/projects/{id}/schedule/import", form)).Read(HttpStatusCode.OK);
        var xlsx = await manager.GetAsync($"/api/v1/projects/{id}/schedule/export?format=xlsx");
        var csv = await manager.GetAsync($"/api/v1/projects/{id}/schedule/export?format=csv");
        var bad = await manager.GetAsync($"/api/v1/projects/{id}/schedule/export?format=pdf");
        var noFile = await manager.PostAsync($"/api/v1/projects/{id}/schedule/import", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(Gantry.Interchange.ScheduleFile.Open(Gantry.Interchange.Tests.OracleFiles.MsProject("mspdirelations.xml")).Network.Activities.Count, report.GetProperty("activities").GetInt32());
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.StartsWith("text/csv", csv.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var schedule = await (await manager.GetAsync($"/api/v1/projects/{id}/schedule")).Read(HttpStatusCode.OK);
        Assert.Equal(report.GetProperty("activities").GetInt32(), schedule.GetProperty("activities").GetArrayLength());
        Assert.True((await bad.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("format", out _));
        Assert.True((await noFile.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("file", out _));
    }

    [Fact]
    public async Task ExportWritesXerAndMsProjectFilesThatReadBackWithEveryActivityAndLink()
    {
        var planner = await app.SignedIn("planner.li");
        var id = await ProjectId(planner, "BJHY-3");
        var schedule = await (await planner.GetAsync($"/api/v1/projects/{id}/schedule")).Read(HttpStatusCode.OK);
        var activities = schedule.GetProperty("activities").EnumerateArray().ToList();
        var codes = activities.Select(a => a.GetProperty("code").GetString()).Order(StringComparer.Ordinal).ToList();
        var names = activities.Select(a => a.GetProperty("name").GetString()).Order(StringComparer.Ordinal).ToList();
        var links = schedule.GetProperty("links").GetArrayLength();

        foreach (var (format, extension) in new[] { ("xer", ".xer"), ("xml", ".xml") })
        {
            var response = await planner.GetAsync($"/api/v1/projects/{id}/schedule/export?format={format}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var path = Path.Combine(Path.GetTempPath(), "gantry-export-" + Guid.NewGuid().ToString("N") + extension);
            await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
            try
            {
                var read = Gantry.Interchange.DetailedScheduleFile.Open(path).Schedule.Network;
                var work = read.Activities.Where(a => a.Type != Gantry.Scheduling.ActivityType.WbsSummary).ToList();

                // MS Project numbers its tasks itself (the activity code travels in Text1), so the names identify them there.
                Assert.Equal(names, work.Select(a => a.Name).Order(StringComparer.Ordinal).ToList());
                if (format == "xer")
                {
                    Assert.Equal(codes, work.Select(a => a.Code).Order(StringComparer.Ordinal).ToList());
                }
                Assert.Equal(links, read.Relationships.Count);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
