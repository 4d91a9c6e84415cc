using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Gantry.Interchange.Tests;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>
/// A refused upload reads in one language from the first word to the last: the request's language,
/// with only the file's own names and values left as the file has them.
/// </summary>
public sealed partial class ScheduleImportLanguageTests(GantryApp app) : IClassFixture<GantryApp>
{
    /// <summary>The file's own words: its name, the TASK record, the field and the bad value.</summary>
    private static readonly string[] FileWords = ["broken.xer", "loop.xer", "TASK", "target_drtn_hr_cnt", "abc", "A100", "A200"];

    private static byte[] BadDuration() => Encoding.UTF8.GetBytes(XerText.Project(
        ["1000\t1\t\t10\tA100\tExcavate\tTT_Task\tTK_NotStart\tabc\t8\t\t\t\t"], []));

    private static byte[] Loop() => Encoding.UTF8.GetBytes(XerText.Project(
        ["1\t1\t\t10\tA100\tExcavate\tTT_Task\tTK_NotStart\t8\t8\t\t\t\t", "2\t1\t\t10\tA200\tPour\tTT_Task\tTK_NotStart\t8\t8\t\t\t\t"],
        ["100\t2\t1\t1\t1\tPR_FS\t0", "101\t1\t2\t1\t1\tPR_FS\t0"]));

    private static MultipartFormDataContent Upload(byte[] content, string fileName)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private async Task<(HttpClient Client, string ProjectId)> Manager(string language)
    {
        var client = await app.SignedIn("pm.zhang", language: language);
        var projects = await (await client.GetAsync("/api/v1/projects?search=BJHY-GK&includeArchived=true")).Read(HttpStatusCode.OK);
        return (client, projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-GK").Str("id"));
    }

    private async Task<string> ImportRefusal(string language, byte[] content, string fileName)
    {
        var (client, id) = await Manager(language);
        var problem = await (await client.PostAsync($"/api/v1/projects/{id}/schedule/import", Upload(content, fileName))).Problem(HttpStatusCode.BadRequest);
        return Assert.Single(problem.GetProperty("errors").GetProperty("file").EnumerateArray()).GetString()!;
    }

    private static string WithoutFileWords(string message) =>
        FileWords.Aggregate(message, (text, word) => text.Replace(word, "", StringComparison.Ordinal));

    [Fact]
    public async Task ABrokenXerImportedInChineseIsRefusedWhollyInChinese()
    {
        var message = await ImportRefusal("zh-CN", BadDuration(), "broken.xer");

        Assert.StartsWith("无法导入该文件：broken.xer，第 ", message, StringComparison.Ordinal);
        Assert.EndsWith(" 行，TASK 1000，字段 target_drtn_hr_cnt：“abc”不是数字（或数值过大）", message, StringComparison.Ordinal);
        Assert.DoesNotMatch(LatinWord(), WithoutFileWords(message));
    }

    [Fact]
    public async Task ABrokenXerImportedInEnglishIsRefusedWhollyInEnglish()
    {
        var message = await ImportRefusal("en", BadDuration(), "broken.xer");

        Assert.StartsWith("The file cannot be imported: broken.xer, line ", message, StringComparison.Ordinal);
        Assert.EndsWith(", TASK 1000, field target_drtn_hr_cnt: 'abc' is not a number (or is too large)", message, StringComparison.Ordinal);
        Assert.DoesNotMatch(Chinese(), message);
    }

    [Fact]
    public async Task AnXerWhoseLogicLoopsIsRefusedInTheRequestsLanguage()
    {
        var chinese = await ImportRefusal("zh-CN", Loop(), "loop.xer");
        var english = await ImportRefusal("en", Loop(), "loop.xer");

        Assert.StartsWith("无法导入该文件：逻辑关系存在循环：", chinese, StringComparison.Ordinal);
        Assert.DoesNotMatch(LatinWord(), WithoutFileWords(chinese));
        Assert.StartsWith("The file cannot be imported: The logic loops: ", english, StringComparison.Ordinal);
        Assert.DoesNotMatch(Chinese(), english);
    }

    [Fact]
    public async Task TheImportReportNotesADroppedDuplicateLinkInTheRequestsLanguage()
    {
        var twice = Encoding.UTF8.GetBytes(XerText.Project(
            ["1\t1\t\t10\tA100\tExcavate\tTT_Task\tTK_NotStart\t8\t8\t\t\t\t", "2\t1\t\t10\tA200\tPour\tTT_Task\tTK_NotStart\t8\t8\t\t\t\t"],
            ["100\t2\t1\t1\t1\tPR_FS\t0", "101\t2\t1\t1\t1\tPR_FS\t0"]));

        async Task<List<string>> Notes(string language)
        {
            var (client, id) = await Manager(language);
            var report = await (await client.PostAsync($"/api/v1/projects/{id}/schedule/import", Upload(twice, "twice.xer"))).Read(HttpStatusCode.OK);
            return [.. report.GetProperty("notes").EnumerateArray().Select(n => n.Str("message"))];
        }

        Assert.Contains("同样两个作业之间同一类型的第二条逻辑关系", await Notes("zh-CN"));
        Assert.Contains("a second link of the same type between the same two activities", await Notes("en"));
    }

    [Fact]
    public async Task TheHealthCheckRefusesABrokenXerInTheRequestsLanguage()
    {
        async Task<string> Refusal(string language)
        {
            var (client, id) = await Manager(language);
            var problem = await (await client.PostAsync($"/api/v1/projects/{id}/schedule-health", Upload(BadDuration(), "broken.xer"))).Problem(HttpStatusCode.BadRequest);
            return problem.Str("detail");
        }

        var chinese = await Refusal("zh-CN");
        var english = await Refusal("en");

        Assert.StartsWith("broken.xer，第 ", chinese, StringComparison.Ordinal);
        Assert.DoesNotMatch(LatinWord(), WithoutFileWords(chinese));
        Assert.StartsWith("broken.xer, line ", english, StringComparison.Ordinal);
        Assert.DoesNotMatch(Chinese(), english);
    }

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
