using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests.Robustness;

/// <summary>
/// Two people load the same record and both save: the first save wins, the second gets a 409 problem
/// telling them someone else changed it, and the first person's change is still there afterwards.
/// One case per editable record type that carries a version.
/// </summary>
public sealed class ConcurrentSaveTests(GantryApp app) : IClassFixture<GantryApp>
{
    private const string Project = "/api/v1/projects/{projectId}";

    /// <summary>
    /// Where to read the record (<paramref name="List"/>: the array in the answer, "" for a list answer, null for the
    /// answer itself), how to save it, and the field the two users change. Without a field the save is a
    /// workflow step that takes only the version, on the first record in <paramref name="Status"/>;
    /// <paramref name="Setup"/> is a list to post a new record to first (a draft budget version), with
    /// <paramref name="SetupBody"/>, whose <c>$name</c> values are taken from the list's first record.
    /// </summary>
    public sealed record Case(string Name, string Read, string? List, string Method, string Write, string? Field,
        string? Status = null, string? Setup = null, string SetupBody = """{"name":"并发测试"}""")
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases() =>
    [
        new("activity", Project + "/schedule", "activities", "PATCH", Project + "/schedule/activities/{id}", "name"),
        new("link", Project + "/schedule", "links", "PATCH", Project + "/schedule/links/{id}", "lagMinutes"),
        new("WBS node", Project + "/schedule", "wbs", "PATCH", Project + "/schedule/wbs/{id}", "name"),
        new("calendar", Project + "/schedule", "calendars", "PUT", Project + "/schedule/calendars/{id}", "name"),
        new("project", Project, null, "PUT", Project, "name"),
        new("cost code", Project + "/costs/codes", "", "PUT", Project + "/costs/codes/{id}", "name"),
        new("contract", Project + "/costs/contracts", "", "PUT", Project + "/costs/contracts/{id}", "name"),
        new("organisation", "/api/v1/organisations", "", "PUT", "/api/v1/organisations/{id}", "name"),
        new("user", "/api/v1/users", "", "PUT", "/api/v1/users/{id}", "displayName"),
        new("budget version approval", Project + "/costs/budgets", "", "POST", Project + "/costs/budgets/{id}/approve", null, Status: "draft",
            Setup: Project + "/costs/budgets"),
        new("payment request check", Project + "/funds/payments", "", "POST", Project + "/funds/payments/{id}/check", null,
            Status: "requested", Setup: Project + "/funds/payments",
            SetupBody: """{"payeeId":"$payeeId","contractId":"$contractId","description":"并发测试","amount":1,"invoiceStatus":"received"}"""),
        new("day-labour ticket verification", Project + "/day-labour/tickets", "", "POST", Project + "/day-labour/tickets/{id}/verify", null,
            Status: "submitted"),
        new("plan approval", Project + "/plans", "", "POST", Project + "/plans/{id}/approve", null, Status: "submitted"),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TwoSavesFromTheSameVersionGiveOneSuccessAndOneConflict(Case c)
    {
        var admin = await app.SignedIn("admin", language: "zh-CN");
        var ids = new ApiIds(admin, await ProjectId(admin));
        if (c.Setup is not null)
        {
            var setupUrl = (await ids.Resolve(c.Setup))!;
            var template = JsonNode.Parse(await admin.GetStringAsync(new Uri(setupUrl, UriKind.Relative)))!.AsArray()[0]!;
            var body = Regex.Replace(c.SetupBody, @"\$(\w+)", m => template[m.Groups[1].Value]!.GetValue<string>());
            var created = await Send(admin, "POST", setupUrl, body);
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }

        var readUrl = await ids.Resolve(c.Read) ?? throw new InvalidOperationException($"{c.Name}: nothing to read at {c.Read}");
        var record = await Load(admin, readUrl, c);
        var id = record["id"]!.GetValue<string>();
        var version = record["version"]!.GetValue<int>();
        var writeUrl = (await ids.Resolve(c.Write.Replace("{id}", id, StringComparison.Ordinal)))!;

        // PATCH takes only what changes; PUT takes the whole record as loaded.
        var whole = c.Method == "PUT";
        var first = await Send(admin, c.Method, writeUrl, Body(record, c.Field, version, "甲", whole));
        Assert.True(first.IsSuccessStatusCode, $"{c.Name}: the first save failed: {await first.Content.ReadAsStringAsync()}");
        var second = await Send(admin, c.Method, writeUrl, Body(record, c.Field, version, "乙", whole));

        var problem = await second.Problem(HttpStatusCode.Conflict);
        Assert.True(Problem.IsChinese(problem.GetRawText()), problem.GetRawText());
        var after = await Load(admin, readUrl, c, id);
        if (c.Field is { } field)
        {
            Assert.Equal(Changed(record[field], "甲")?.ToJsonString(), after[field]?.ToJsonString());
        }
        else
        {
            Assert.NotEqual(record["status"]?.ToJsonString(), after["status"]?.ToJsonString());
        }
    }

    private static async Task<JsonObject> Load(HttpClient client, string url, Case c, string? id = null)
    {
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)))!;
        var records = c.List switch
        {
            null => [document],
            "" => document.AsArray().ToList(),
            _ => document[c.List]!.AsArray().ToList(),
        };
        var record = records.OfType<JsonObject>().First(r =>
            id is null ? c.Status is null || r["status"]?.GetValue<string>() == c.Status : r["id"]!.GetValue<string>() == id);
        return record;
    }

    // The record as loaded (or only the field, for PATCH), with one field changed: that is what a form posts.
    private static string Body(JsonObject record, string? field, int version, string mark, bool whole)
    {
        var body = whole ? (JsonObject)record.DeepClone() : [];
        if (field is not null)
        {
            body[field] = Changed(record[field], mark);
        }

        body["version"] = version;
        return body.ToJsonString();
    }

    private static JsonNode? Changed(JsonNode? value, string mark) => value?.GetValueKind() switch
    {
        JsonValueKind.Number => value.GetValue<double>() + (mark == "甲" ? 60 : 120),
        _ => (value?.GetValue<string>() ?? string.Empty) + mark,
    };

    private static async Task<HttpResponseMessage> Send(HttpClient client, string method, string url, string body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        return await client.SendAsync(request);
    }

    private static async Task<Guid> ProjectId(HttpClient client)
    {
        var projects = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/v1/projects", UriKind.Relative)))!.AsArray();
        return Guid.Parse(projects[0]!["id"]!.GetValue<string>());
    }
}
