using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests.Permissions;

/// <summary>
/// Subcontractor B (curtain wall) must learn nothing of subcontractor A (MEP) through any list,
/// export or search, and a project it is not in answers 404 exactly like an id that never existed.
/// Each check also reads A's own view, so a string that is absent from B's answers is shown to be
/// one that would be there if it leaked.
/// </summary>
public sealed class CrossOrganisationTests(PermissionsApp app) : IClassFixture<PermissionsApp>
{
    private static readonly JsonSerializerOptions Unescaped = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly string[] MoneyReads =
    [
        "/costs/contracts", "/funds/payments", "/funds/applications", "/funds/ledger", "/day-labour/tickets?take=500",
        "/day-labour/workers", "/day-labour/wages?month=2026-05-01", "/day-labour/summary?grouping=Crew", "/day-labour/summary?grouping=Subcontractor",
        "/funds/contracts.xlsx", "/funds/payments.xlsx", "/funds/applications.xlsx", "/funds/ledger.xlsx", "/day-labour/wages.xlsx?month=2026-05-01",
        "/day-labour/summary.xlsx?grouping=Subcontractor",
    ];

    [Fact]
    public async Task SubcontractorBSeesNoContractPaymentTicketOrWorkerOfSubcontractorA()
    {
        var secrets = await MepSecretsAsync();
        var ownView = await ReadAllAsync("subA", MoneyReads);
        Assert.Contains(secrets, s => ownView.Contains(s, StringComparison.Ordinal));

        var otherView = await ReadAllAsync("subB", MoneyReads);
        var leaked = secrets.Where(s => otherView.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.True(leaked.Count == 0, "subcontractor B saw: " + string.Join(", ", leaked));
    }

    [Fact]
    public async Task SubcontractorBSeesNoActivityOfSubcontractorAInTheScheduleItsExportOrVariance()
    {
        var p = $"/api/v1/projects/{app.BuildingId}/schedule";
        var all = PermissionsApp.Items(await (await app.For("admin").GetAsync(p)).Read(HttpStatusCode.OK), "activities");
        var mepOnly = all.Where(a => Responsible(a) == app.MepId && a.GetProperty("type").GetString() is not ("StartMilestone" or "FinishMilestone"))
            .ToList();
        Assert.NotEmpty(mepOnly);

        var seen = PermissionsApp.Items(await (await app.For("subB").GetAsync(p)).Read(HttpStatusCode.OK), "activities");
        Assert.DoesNotContain(seen, a => mepOnly.Any(m => PermissionsApp.Id(m) == PermissionsApp.Id(a)));
        Assert.All(seen.Where(a => Responsible(a) is { } o && o != app.FacadeId), a => Assert.Contains("Milestone", a.GetProperty("type").GetString(), StringComparison.Ordinal));

        var seenCodes = seen.Select(a => a.GetProperty("code").GetString()!).ToHashSet();
        var hiddenCodes = mepOnly.Select(a => a.GetProperty("code").GetString()!).Where(c => !seenCodes.Contains(c)).ToList();
        var csv = await (await app.For("subB").GetAsync(p + "/export?format=csv")).Content.ReadAsStringAsync();
        var cells = csv.Split('\n').SelectMany(line => line.Split(',')).Select(c => c.Trim().Trim('"')).ToHashSet();
        Assert.DoesNotContain(hiddenCodes, cells.Contains);
        var ownCsv = await (await app.For("subA").GetAsync(p + "/export?format=csv")).Content.ReadAsStringAsync();
        Assert.Contains(hiddenCodes, c => ownCsv.Contains(c, StringComparison.Ordinal));

        var variance = await (await app.For("subB").GetAsync(p + "/variance")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(mepOnly, a => variance.Contains(PermissionsApp.Id(a).ToString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AProjectSubcontractorBIsNotInAnswersLikeAnIdThatNeverExisted()
    {
        var never = Guid.NewGuid();
        foreach (var path in new[] { "", "/schedule", "/costs/contracts", "/funds/payments", "/day-labour/tickets", "/plans", "/members" })
        {
            var other = await app.For("subB").GetAsync($"/api/v1/projects/{app.CarParkId}{path}");
            var missing = await app.For("subB").GetAsync($"/api/v1/projects/{never}{path}");
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
            var expected = await missing.Read(HttpStatusCode.NotFound);
            var actual = await other.Read(HttpStatusCode.NotFound);
            Assert.Equal(expected.Str("detail"), actual.Str("detail"));
            // Subcontractor A is in the car park project: the id is real.
            Assert.NotEqual(HttpStatusCode.NotFound, (await app.For("subA").GetAsync($"/api/v1/projects/{app.CarParkId}{path}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await app.For("subB").GetAsync($"/projects/{app.CarParkId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.For("subB").GetAsync($"/projects/{app.CarParkId}/schedule")).StatusCode);
    }

    [Fact]
    public async Task SearchingThePortfolioFindsOnlyTheSubcontractorsOwnProjects()
    {
        var found = PermissionsApp.Items(await (await app.For("subB").GetAsync("/api/v1/projects?search=BJHY")).Read(HttpStatusCode.OK));
        Assert.Equal([app.BuildingId], found.Select(PermissionsApp.Id));
        var foundByA = PermissionsApp.Items(await (await app.For("subA").GetAsync("/api/v1/projects?search=BJHY")).Read(HttpStatusCode.OK));
        Assert.Contains(app.CarParkId, foundByA.Select(PermissionsApp.Id));
    }

    /// <summary>Strings only subcontractor A's records carry: its name, its contracts' codes and its workers' names.</summary>
    private async Task<List<string>> MepSecretsAsync()
    {
        var admin = app.For("admin");
        var p = $"/api/v1/projects/{app.BuildingId}";
        var secrets = new List<string>();
        var organisations = PermissionsApp.Items(await (await admin.GetAsync("/api/v1/organisations")).Read(HttpStatusCode.OK));
        secrets.Add(organisations.Single(o => PermissionsApp.Id(o) == app.MepId).GetProperty("name").GetString()!);
        secrets.Add(app.MepId.ToString());
        var contracts = PermissionsApp.Items(await (await admin.GetAsync(p + "/costs/contracts")).Read(HttpStatusCode.OK));
        secrets.AddRange(contracts.Where(c => c.GetProperty("counterpartyId").GetGuid() == app.MepId).Select(c => c.GetProperty("code").GetString()!));
        var workers = PermissionsApp.Items(await (await admin.GetAsync(p + "/day-labour/workers")).Read(HttpStatusCode.OK));
        secrets.AddRange(workers.Where(w => w.GetProperty("crewOrganisationId").GetGuid() == app.MepId).Select(w => w.GetProperty("name").GetString()!));
        return secrets;
    }

    /// <summary>The text of every answer, Excel workbooks unzipped, after checking each was let through.</summary>
    private async Task<string> ReadAllAsync(string persona, IEnumerable<string> paths)
    {
        var text = new StringBuilder();
        foreach (var path in paths)
        {
            var response = await app.For(persona).GetAsync($"/api/v1/projects/{app.BuildingId}{path}");
            Assert.True(response.IsSuccessStatusCode, $"{persona} {path}: {(int)response.StatusCode}");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            if (path.Contains(".xlsx", StringComparison.Ordinal))
            {
                using var zip = new ZipArchive(new MemoryStream(bytes));
                foreach (var entry in zip.Entries)
                {
                    using var reader = new StreamReader(entry.Open());
                    text.Append(await reader.ReadToEndAsync());
                }
            }
            else
            {
                // Unescaped, so Chinese names compare as written.
                text.Append(JsonSerializer.Serialize(JsonDocument.Parse(bytes).RootElement, Unescaped));
            }
        }

        return text.ToString();
    }

    private static Guid? Responsible(JsonElement activity) =>
        activity.TryGetProperty("responsibleOrganisationId", out var o) && o.ValueKind == JsonValueKind.String ? o.GetGuid() : null;
}
