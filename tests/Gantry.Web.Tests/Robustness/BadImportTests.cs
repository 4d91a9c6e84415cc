using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests.Robustness;

/// <summary>
/// Each import path fed a truncated file, a file of another format under its name, and a file with one bad
/// record in the middle: a 400 problem in the user's language that says where, and the project exactly as it
/// was (the rows of the schedule, or the cost total, counted before and after). The good files are the
/// demo project's own exports, so only the damage differs.
/// </summary>
public sealed class BadImportTests(GantryApp app) : IClassFixture<GantryApp>
{
    public enum Damage
    {
        Truncated,
        OtherFormat,
        BadRecordInTheMiddle,
    }

    public static TheoryData<string, Damage> ScheduleCases() => new()
    {
        { "xer", Damage.Truncated }, { "xer", Damage.OtherFormat }, { "xer", Damage.BadRecordInTheMiddle },
        { "xml", Damage.Truncated }, { "xml", Damage.OtherFormat }, { "xml", Damage.BadRecordInTheMiddle },
        { "xlsx", Damage.Truncated }, { "xlsx", Damage.OtherFormat },
    };

    [Theory]
    [MemberData(nameof(ScheduleCases))]
    public async Task ADamagedScheduleFileIsRefusedInChineseAndLeavesTheScheduleAsItWas(string format, Damage damage)
    {
        var admin = await app.SignedIn("admin", language: "zh-CN");
        var project = await ProjectUrl(admin);
        var good = await admin.GetByteArrayAsync(new Uri($"{project}/schedule/export?format={format}", UriKind.Relative));
        // The readers sniff the content, so an XER named .xml is still read as the schedule it is; a workbook that is no
        // schedule (the cost sheet template) is the file of another format.
        var other = await admin.GetByteArrayAsync(new Uri($"{project}/costs/records/import-template.xlsx", UriKind.Relative));
        var before = await ScheduleRows(admin, project);

        var file = damage switch
        {
            Damage.Truncated => good[..(good.Length / 2)],
            Damage.OtherFormat => other,
            _ => BadRecordInTheMiddle(format, good),
        };
        var response = await admin.PostAsync(new Uri($"{project}/schedule/import", UriKind.Relative), Upload(file, "demo." + format));

        var problem = await response.Problem(HttpStatusCode.BadRequest);
        Assert.True(Problem.IsChinese(problem.GetRawText()), problem.GetRawText());
        if (damage == Damage.BadRecordInTheMiddle)
        {
            // Where the damage is: a line number (XER) or the record's number (MSPDI task UID).
            Assert.Matches("[0-9]", problem.GetProperty("detail").GetString());
        }

        Assert.Equal(before, await ScheduleRows(admin, project));
    }

    [Theory]
    [InlineData(Damage.Truncated)]
    [InlineData(Damage.OtherFormat)]
    public async Task ADamagedCostSheetIsRefusedInChineseAndRecordsNothing(Damage damage)
    {
        var admin = await app.SignedIn("admin", language: "zh-CN");
        var project = await ProjectUrl(admin);
        var template = await admin.GetByteArrayAsync(new Uri($"{project}/costs/records/import-template.xlsx", UriKind.Relative));
        var xer = await admin.GetByteArrayAsync(new Uri($"{project}/schedule/export?format=xer", UriKind.Relative));
        var before = await CostRecordCount(admin, project);

        var file = damage == Damage.Truncated ? template[..(template.Length / 2)] : xer;
        var response = await admin.PostAsync(new Uri($"{project}/costs/records/import.xlsx", UriKind.Relative), Upload(file, "costs.xlsx"));

        var problem = await response.Problem(HttpStatusCode.BadRequest);
        Assert.True(Problem.IsChinese(problem.GetRawText()), problem.GetRawText());
        Assert.Equal(before, await CostRecordCount(admin, project));
    }

    // XER: a line that is no XER record in the middle of the file. MSPDI: a task in the middle whose UID is not a number.
    private static byte[] BadRecordInTheMiddle(string format, byte[] good)
    {
        var text = Encoding.UTF8.GetString(good);
        if (format == "xer")
        {
            var lines = text.Split('\n').ToList();
            lines.Insert(lines.Count / 2, "this line is not an XER record");
            return Encoding.UTF8.GetBytes(string.Join('\n', lines));
        }

        var tasks = text.IndexOf("<Tasks>", StringComparison.Ordinal);
        var middle = text.IndexOf("<UID>", tasks + ((text.IndexOf("</Tasks>", StringComparison.Ordinal) - tasks) / 2), StringComparison.Ordinal);
        var end = text.IndexOf("</UID>", middle, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text[..(middle + 5)] + "not-a-number" + text[end..]);
    }

    private static MultipartFormDataContent Upload(byte[] file, string name)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { content, "file", name } };
    }

    // Everything an import replaces, counted, plus the schedule's version.
    private static async Task<string> ScheduleRows(HttpClient client, string project)
    {
        var schedule = JsonDocument.Parse(await client.GetStringAsync(new Uri($"{project}/schedule", UriKind.Relative))).RootElement;
        return string.Join(", ", new[] { "activities", "links", "wbs", "calendars" }
            .Select(n => $"{n} {schedule.GetProperty(n).GetArrayLength()}")
            .Append($"version {schedule.GetProperty("version").GetInt32()}"));
    }

    // The records as listed (the list stops at 1,000, far above the demo's) and the report's actual total.
    private static async Task<string> CostRecordCount(HttpClient client, string project)
    {
        var records = JsonDocument.Parse(await client.GetStringAsync(new Uri($"{project}/costs/records?take=1000", UriKind.Relative))).RootElement;
        var report = JsonDocument.Parse(await client.GetStringAsync(new Uri($"{project}/costs/report", UriKind.Relative))).RootElement;
        return $"records {records.GetArrayLength()}, actual {report.GetProperty("total").GetProperty("actual").GetDecimal()}";
    }

    private static async Task<string> ProjectUrl(HttpClient client)
    {
        var projects = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/projects", UriKind.Relative))).RootElement;
        return "/api/v1/projects/" + projects[0].GetProperty("id").GetString();
    }
}
