using System.Text.Json;
using Gantry.Cli.Commands;
using Gantry.Interchange.Excel;
using Gantry.Interchange.Tests.Excel;
using Xunit;

namespace Gantry.Interchange.Tests.Cli;

/// <summary>Runs <c>gantry check</c>, <c>export</c> and <c>import-template</c> in-process.</summary>
public sealed class ExcelAndHealthCliTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gantry-excel-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void CheckPrintsFourteenChecksForTheP6Programme()
    {
        var output = new StringWriter();

        int exit = TestWorkbook.InCulture("en", () => CheckCommand.Run(OracleFiles.P6Programme, json: false, limit: 3, null, null, output, new StringWriter()));

        Assert.Equal(0, exit);
        string[] lines = output.ToString().Split('\n');
        Assert.Equal("Schedule health check (DCMA 14 points): sp10-hs2-cost-loaded.xer", lines[0]);
        Assert.Matches(@"^\d+ passed, \d+ failed, 2 not assessed; 2310 incomplete tasks assessed, data date 2017-09-16 00:00$", lines[1].TrimEnd());
        Assert.Contains(lines, l => l.StartsWith(" 1  fail", StringComparison.Ordinal) && l.Contains("Missing logic: 291 of 2310", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("14  not assessed", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("activities: ", StringComparison.Ordinal) && l.Contains("… and 288 more", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckWritesJsonWithEnumNames()
    {
        var output = new StringWriter();

        int exit = CheckCommand.Run(OracleFiles.MsProject("mspdirelations.xml"), json: true, limit: 10, null, null, output, new StringWriter());

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(14, checks.Count);
        Assert.Equal("MissingLogic", checks[0].GetProperty("metric").GetString());
        Assert.Equal(1, checks[0].GetProperty("number").GetInt32());
        Assert.Contains(checks[0].GetProperty("status").GetString(), new[] { "Pass", "Fail", "NotAssessed" });
    }

    [Fact]
    public void CheckOfAMissingFileIsOneLineAndExitCodeTwo()
    {
        var error = new StringWriter();

        int exit = CheckCommand.Run(Path.Combine(folder, "nope.xer"), false, 10, null, null, new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Single(error.ToString().TrimEnd().Split('\n'));
        Assert.StartsWith("gantry: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckOfABadWorkbookNamesTheFirstBadCell()
    {
        string path = Path.Combine(folder, "bad.xlsx");
        using (var stream = TestWorkbook.Build(["Activity code", "Name", "Duration"], [["A1", "one", "soon"]]))
        {
            File.WriteAllBytes(path, stream.ToArray());
        }

        var error = new StringWriter();
        int exit = TestWorkbook.InCulture("en", () => CheckCommand.Run(path, false, 10, null, null, new StringWriter(), error));

        Assert.Equal(2, exit);
        Assert.Equal("gantry: bad.xlsx: 1 error(s) in the workbook, nothing was imported. First: sheet 'Activities', row 2, column 'Duration', value 'soon': not a duration: write e.g. 5d, 4h, 2w or 5 (days)", error.ToString().TrimEnd());
    }

    [Fact]
    public void ALoopInTheWorkbookIsOneLineNamingItsActivities()
    {
        string path = Path.Combine(folder, "loop.xlsx");
        using (var stream = TestWorkbook.Build(["Activity code", "Name", "Duration", "Predecessors"], [["A1", "one", "1d", "A2"], ["A2", "two", "1d", "A1"]]))
        {
            File.WriteAllBytes(path, stream.ToArray());
        }

        var error = new StringWriter();
        int exit = CheckCommand.Run(path, false, 10, null, null, new StringWriter(), error);

        Assert.Equal(2, exit);
        string message = Assert.Single(error.ToString().TrimEnd().Split('\n'));
        Assert.Contains("A1", message, StringComparison.Ordinal);
        Assert.Contains("A2", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public void ExportWritesTheScheduledActivityTable(string format)
    {
        string path = Path.Combine(folder, "out." + format);
        var output = new StringWriter();

        int exit = ExportCommand.Run(OracleFiles.MsProject("legacy-sample.xml"), format, path, null, null, output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Equal("19 activities written to " + path, output.ToString().TrimEnd());
        if (format == "csv")
        {
            Assert.Equal(20, File.ReadAllText(path).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        }
        else
        {
            var import = ExcelScheduleReader.ReadFile(path);
            Assert.True(import.Succeeded, string.Join("\n", import.Errors));
            Assert.Equal(19, import.Schedule!.Network.Activities.Count);
        }
    }

    [Fact]
    public void ExportTakesTheFormatFromTheOutputExtensionAndRefusesOthers()
    {
        var error = new StringWriter();

        Assert.Equal(0, ExportCommand.Run(OracleFiles.MsProject("mspdirelations.xml"), null, Path.Combine(folder, "a.csv"), null, null, new StringWriter(), new StringWriter()));
        Assert.Equal(2, ExportCommand.Run(OracleFiles.MsProject("mspdirelations.xml"), "pdf", Path.Combine(folder, "a.pdf"), null, null, new StringWriter(), error));
        Assert.Equal("gantry: --to 'pdf' is not an export format: use xlsx or csv", error.ToString().TrimEnd());
    }

    [Fact]
    public void ImportTemplateWritesAWorkbookTheImporterRecognises()
    {
        string path = Path.Combine(folder, "template.xlsx");

        int exit = ImportTemplateCommand.Run(path, new StringWriter(), new StringWriter());

        Assert.Equal(0, exit);
        var import = TestWorkbook.InCulture("en", () => ExcelScheduleReader.ReadFile(path));
        Assert.Equal("the activity table has no activities", Assert.Single(import.Errors).Problem);
    }

    [Fact]
    public void ATemplateFilledInSchedulesAndChecks()
    {
        string path = Path.Combine(folder, "filled.xlsx");
        using (var stream = TestWorkbook.Build(
            ["作业代码 / Activity code", "作业名称 / Activity name", "原定工期 / Duration", "紧前作业 / Predecessors", "资源 / Resource"],
            [["A1000", "开工", "0", null, null], ["A1010", "场地平整", "5d", "A1000", "班组"], ["A1020", "基础", "10d", "A1010FS+2d", "班组"], ["A1030", "完工", "0", "A1020", null]]))
        {
            File.WriteAllBytes(path, stream.ToArray());
        }

        var output = new StringWriter();
        int exit = TestWorkbook.InCulture("zh-Hans", () => CheckCommand.Run(path, false, 10, null, null, output, new StringWriter()));

        Assert.Equal(0, exit);
        Assert.StartsWith("进度计划健康检查（DCMA 14 项）: filled.xlsx", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("通过", output.ToString(), StringComparison.Ordinal);
    }
}
