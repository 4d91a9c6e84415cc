using System.Text;
using Gantry.Interchange.Csv;
using Gantry.Interchange.Excel;
using Gantry.Interchange.Tests.Excel;
using Gantry.Scheduling;
using Xunit;

namespace Gantry.Interchange.Tests.Csv;

/// <summary>CSV export: RFC 4180 quoting, UTF-8 with a byte-order mark, CRLF line ends.</summary>
public sealed class CsvExportTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("基础开挖", "基础开挖")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("", "")]
    public void FieldsAreQuotedOnlyWhenNeeded(string value, string expected) =>
        Assert.Equal(expected, CsvScheduleWriter.Field(value));

    [Fact]
    public void TheFileIsUtf8WithABomAndOneCrlfLinePerActivity()
    {
        var (schedule, details) = SampleSchedules.Mixed();
        var result = Scheduler.Schedule(schedule.Network, schedule.Options);
        using var stream = new MemoryStream();
        CsvScheduleWriter.Write(stream, schedule, result, details);

        byte[] bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        string text = Encoding.UTF8.GetString(bytes[3..]);
        string[] lines = text.Split("\r\n");
        Assert.Equal(schedule.Network.Activities.Count + 2, lines.Length);
        Assert.Equal("", lines[^1]);
        Assert.Equal(ScheduleTable.Columns.Count, lines[0].Split(',').Length);
        Assert.StartsWith("WBS编码 / WBS code,作业代码 / Activity code,", lines[0], StringComparison.Ordinal);
        string a1010 = lines.Single(l => l.Contains(",A1010,", StringComparison.Ordinal));
        Assert.Contains(",\"场地平整, \"\"site\"\" clearance\",Task,Standard,5,2.5,A1000,", a1010, StringComparison.Ordinal);
        Assert.Contains(",\"推土机, Crew A\",12500.25,", a1010, StringComparison.Ordinal);
        Assert.Contains("2026-03-04 08:00", a1010, StringComparison.Ordinal);
    }
}
