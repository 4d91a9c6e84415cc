using System.Text.Json;
using Gantry.Cli.Commands;
using Xunit;

namespace Gantry.Interchange.Tests.Cli;

/// <summary>Runs the command handlers of <c>gantry</c> in-process on the oracle files.</summary>
public sealed class CliCommandTests
{
    [Fact]
    public void ScheduleWritesOneJsonRecordPerActivityWithTheDocumentedFields()
    {
        var output = new StringWriter();

        int exit = ScheduleCommand.Run(OracleFiles.MsProject("mspdirelations.xml"), null, null, json: true, null, output, new StringWriter());

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var records = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(5, records.Count);
        var first = records[0];
        Assert.Equal("1", first.GetProperty("uid").GetString());
        Assert.Equal("1", first.GetProperty("code").GetString());
        Assert.Equal("Task 1", first.GetProperty("name").GetString());
        Assert.Equal("2006-09-21T08:00", first.GetProperty("earlyStart").GetString());
        Assert.Equal("2006-09-21T17:00", first.GetProperty("earlyFinish").GetString());
        foreach (var field in new[] { "lateStart", "lateFinish", "totalFloatHours", "freeFloatHours", "critical" })
        {
            Assert.True(first.TryGetProperty(field, out _), "missing field " + field);
        }
    }

    [Fact]
    public void ScheduleOfTheP6ProgrammeWritesTextToAFile()
    {
        string path = Path.Combine(Path.GetTempPath(), "gantry-cli-" + Guid.NewGuid().ToString("N") + ".tsv");
        try
        {
            var output = new StringWriter();

            int exit = ScheduleCommand.Run(OracleFiles.P6Programme, null, null, json: false, path, output, new StringWriter());

            Assert.Equal(0, exit);
            var lines = File.ReadAllLines(path);
            Assert.Equal(3995, lines.Length);
            Assert.StartsWith("uid\tcode\tearlyStart", lines[0], StringComparison.Ordinal);
            Assert.Contains("P1EWCC-FWP03-5710", File.ReadAllText(path), StringComparison.Ordinal);
            Assert.Contains("3994 activities written", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void DataDateOptionMovesRemainingWork()
    {
        var output = new StringWriter();

        int exit = ScheduleCommand.Run(OracleFiles.MsProject("mspdirelations.xml"), "2006-10-02", null, json: true, null, output, new StringWriter());

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.All(json.RootElement.EnumerateArray(), r => Assert.True(string.CompareOrdinal(r.GetProperty("earlyStart").GetString(), "2006-10-02") >= 0));
    }

    [Fact]
    public void CompareReportsTheMatchFigures()
    {
        var output = new StringWriter();

        int exit = CompareCommand.Run(OracleFiles.MsProject("task-links-project2013-mspdi.xml"), null, 10, output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("16 activities compared, 16 matched, 100.00 %", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CompareListsMismatchesWithExpectedAndActualValues()
    {
        // Every oracle MS Project file now matches, so one gets a stored early finish a day off.
        string path = Path.Combine(Path.GetTempPath(), "gantry-cli-" + Guid.NewGuid().ToString("N") + ".xml");
        File.WriteAllText(path, File.ReadAllText(OracleFiles.MsProject("mspdiresource.xml")).Replace(
            "<EarlyFinish>2006-08-30T08:00:00</EarlyFinish>", "<EarlyFinish>2006-08-31T08:00:00</EarlyFinish>", StringComparison.Ordinal));
        var output = new StringWriter();
        try
        {
            CompareCommand.Run(path, null, 10, output, new StringWriter());
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Contains("earlyFinish expected 2006-08-31T08:00 got 2006-08-30T08:00", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileGivesOneLineAndExitCodeTwo()
    {
        var error = new StringWriter();

        int exit = ScheduleCommand.Run("/no/such/plan.xer", null, null, false, null, new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Equal("gantry: /no/such/plan.xer: file not found", error.ToString().Trim());
    }

    [Fact]
    public void GarbledFileGivesAClearMessageAndNoStackTrace()
    {
        string path = Path.Combine(Path.GetTempPath(), "gantry-cli-" + Guid.NewGuid().ToString("N") + ".xer");
        File.WriteAllText(path, "ERMHDR\t8.1\n%T\tTASK\n%F\ttask_id\n%R\t1\n");
        try
        {
            var error = new StringWriter();

            int exit = CompareCommand.Run(path, null, 10, new StringWriter(), error);

            Assert.Equal(2, exit);
            Assert.Contains("truncated", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void BadDataDateIsBadInput()
    {
        var error = new StringWriter();

        int exit = ScheduleCommand.Run(OracleFiles.MsProject("mspdirelations.xml"), "next tuesday", null, false, null, new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("--data-date", error.ToString(), StringComparison.Ordinal);
    }
}
