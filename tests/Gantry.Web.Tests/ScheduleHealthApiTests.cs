using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

public sealed class ScheduleHealthApiTests(GantryApp app) : IClassFixture<GantryApp>
{
    private static string OracleXer()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "oracle", "p6", "sp10-hs2-cost-loaded.xer");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("The P6 oracle file ../shared/oracle/p6/sp10-hs2-cost-loaded.xer was not found.");
    }

    private static MultipartFormDataContent Upload(byte[] content, string fileName)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private async Task<string> CarPark()
    {
        var admin = await app.SignedIn("admin");
        var projects = await (await admin.GetAsync("/api/v1/projects?search=BJHY-GK&includeArchived=true")).Read(HttpStatusCode.OK);
        return projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-GK").Str("id");
    }

    [Fact]
    public async Task AMemberUploadsTheOracleXerAndGetsTheFourteenChecks()
    {
        var pm = await app.SignedIn("pm.zhang");

        var report = await (await pm.PostAsync($"/api/v1/projects/{await CarPark()}/schedule-health", Upload(await File.ReadAllBytesAsync(OracleXer()), "programme.xer"))).Read(HttpStatusCode.OK);

        Assert.Equal("programme.xer", report.Str("source"));
        var checks = report.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 14), checks.Select(c => c.GetProperty("number").GetInt32()));
        var logic = checks[0];
        Assert.Equal("Missing logic", logic.Str("name"));
        Assert.Contains(logic.Str("status"), new[] { "pass", "fail" });
        var offenders = checks.SelectMany(c => c.GetProperty("offenders").EnumerateArray()).ToList();
        Assert.NotEmpty(offenders);
        Assert.Contains(offenders, o => o.GetProperty("name").ValueKind == System.Text.Json.JsonValueKind.String);
        Assert.Equal(2017, DateTime.Parse(report.Str("dataDate"), System.Globalization.CultureInfo.InvariantCulture).Year);
    }

    [Fact]
    public async Task ABadFileGives400WithTheReadersMessage()
    {
        var pm = await app.SignedIn("pm.zhang");
        byte[] truncated = Encoding.UTF8.GetBytes("ERMHDR\t8.1\n%T\tPROJECT\n%F\tproj_id\n%R\t1\n");

        var problem = await (await pm.PostAsync($"/api/v1/projects/{await CarPark()}/schedule-health", Upload(truncated, "cut.xer"))).Problem(HttpStatusCode.BadRequest);

        Assert.Contains("cut.xer", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Contains("truncated", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileThatIsNoScheduleGives400()
    {
        var pm = await app.SignedIn("pm.zhang");

        var problem = await (await pm.PostAsync($"/api/v1/projects/{await CarPark()}/schedule-health", Upload([1, 2, 3], "photo.jpg"))).Problem(HttpStatusCode.BadRequest);

        Assert.Contains("photo.jpg is not a schedule file", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANonMemberGets404()
    {
        var sub = await app.SignedIn("sub.zhou");

        await (await sub.PostAsync($"/api/v1/projects/{await CarPark()}/schedule-health", Upload(await File.ReadAllBytesAsync(OracleXer()), "programme.xer"))).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheHealthPageShowsAnUploadFormToAMemberAnd404ToOthers()
    {
        var pm = await app.SignedIn("pm.zhang");
        var sub = await app.SignedIn("sub.zhou");
        string id = await CarPark();

        var page = await pm.GetAsync($"/projects/{id}/schedule-health");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("data-testid=\"health-upload\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains($"/projects/{id}/schedule-health", await pm.GetStringAsync($"/projects/{id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await sub.GetAsync($"/projects/{id}/schedule-health")).StatusCode);
    }
}
