using System.Text;
using Gantry.Interchange.Excel;
using Gantry.Interchange.Mspdi;
using Gantry.Interchange.Pmxml;
using Gantry.Interchange.Tests.Excel;
using Gantry.Interchange.Tests.Pmxml;
using Gantry.Interchange.Xer;
using Xunit;

namespace Gantry.Interchange.Tests.Language;

/// <summary>
/// A broken file is refused in the language of the user interface at the time of reading: location
/// words and the problem in Chinese or English, the file's own names and values as the file has them.
/// </summary>
public sealed class BadFileMessageLanguageTests
{
    private static InterchangeException Refusal(string culture, Action read) =>
        TestWorkbook.InCulture(culture, () => Assert.Throws<InterchangeException>(read));

    private static string XerWithDuration(string hours) => XerText.Project(
        ["1000\t1\t\t10\tA1000\tExcavate\tTT_Task\tTK_NotStart\t" + hours + "\t8\t\t\t\t"], []);

    private static void MapXer(string text) => XerScheduleMapper.Map(XerSchedule.From(XerText.Read(text)));

    private static int LineOf(string text, string value) =>
        text[..text.IndexOf(value, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void XerFieldThatIsNotANumberIsNamedInChineseWithLineRecordAndField()
    {
        var text = XerWithDuration("abc");

        var error = Refusal("zh-CN", () => MapXer(text));

        Assert.Equal($"test.xer，第 {LineOf(text, "abc")} 行，TASK 1000，字段 target_drtn_hr_cnt：“abc”不是数字（或数值过大）", error.Message);
        Assert.Equal(("TASK 1000", "target_drtn_hr_cnt"), (error.Record, error.Field));
    }

    [Fact]
    public void XerFieldThatIsNotANumberIsNamedInEnglishWithLineRecordAndField()
    {
        var text = XerWithDuration("abc");

        var error = Refusal("en-GB", () => MapXer(text));

        Assert.Equal($"test.xer, line {LineOf(text, "abc")}, TASK 1000, field target_drtn_hr_cnt: 'abc' is not a number (or is too large)", error.Message);
    }

    [Fact]
    public void TruncatedXerSaysSoInEitherLanguage()
    {
        var text = XerText.Lines(XerText.Header, "%T\tPROJECT", "%F\tproj_id", "%R\t1");

        var chinese = Refusal("zh-CN", () => XerText.Read(text));
        var english = Refusal("en-GB", () => XerText.Read(text));

        Assert.Equal("test.xer，第 4 行，PROJECT：文件缺少 %E 结束记录：文件不完整（已被截断）", chinese.Message);
        Assert.Equal("test.xer, line 4, PROJECT: the file ends without the %E end record: it is truncated", english.Message);
    }

    [Fact]
    public void CutShortP6CalendarDataNamesTheCalendarRowInEitherLanguage()
    {
        var text = XerText.Project([], []).Replace(XerText.FiveDayCalendar, "(0||CalendarData()(", StringComparison.Ordinal);

        var chinese = Refusal("zh-CN", () => MapXer(text));
        var english = Refusal("en-GB", () => MapXer(text));

        Assert.Equal($"test.xer，第 {LineOf(text, "Five day")} 行，CALENDAR 10，字段 clndr_data：日历数据不完整：有 1 个节点未闭合", chinese.Message);
        Assert.Equal($"test.xer, line {LineOf(text, "Five day")}, CALENDAR 10, field clndr_data: the calendar data is cut short: 1 node(s) not closed", english.Message);
    }

    [Fact]
    public void StrayTextInP6CalendarDataIsPlacedByCharacterInEitherLanguage()
    {
        var text = XerText.Project([], []).Replace(XerText.FiveDayCalendar, "(0||CalendarData()())x", StringComparison.Ordinal);

        var chinese = Refusal("zh-CN", () => MapXer(text));
        var english = Refusal("en-GB", () => MapXer(text));

        Assert.Equal($"test.xer，第 {LineOf(text, "Five day")} 行，CALENDAR 10，字段 clndr_data：意外的字符“x”（第 22 个字符处）", chinese.Message);
        Assert.Equal($"test.xer, line {LineOf(text, "Five day")}, CALENDAR 10, field clndr_data: unexpected 'x' at character 22", english.Message);
    }

    [Fact]
    public void P6XmlDurationThatIsNotANumberIsNamedInEitherLanguage()
    {
        string xml = PmxmlFixtures.File(PmxmlFixtures.Project()).Replace("<PlannedDuration>40</PlannedDuration>", "<PlannedDuration>forty</PlannedDuration>", StringComparison.Ordinal);
        void Read() => PmxmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "bad.xml").Map();

        var chinese = Refusal("zh-CN", Read);
        var english = Refusal("en-GB", Read);

        Assert.Equal($"bad.xml，第 {LineOf(xml, "forty")} 行，Activity 102，字段 PlannedDuration：“forty”不是数字（或数值过大）", chinese.Message);
        Assert.Equal($"bad.xml, line {LineOf(xml, "forty")}, Activity 102, field PlannedDuration: 'forty' is not a number (or is too large)", english.Message);
    }

    [Fact]
    public void P6XmlWithAnotherRootIsRefusedInEitherLanguage()
    {
        static void Read() => PmxmlReader.Read(new MemoryStream("<Project><Name>x</Name></Project>"u8.ToArray()), "bad.xml");

        Assert.Equal("bad.xml，第 1 行：不是 P6 XML 文件：根元素是 <Project>，而不是 <APIBusinessObjects>", Refusal("zh-CN", Read).Message);
        Assert.Equal("bad.xml, line 1: not a P6 XML file: the root element is <Project>, not <APIBusinessObjects>", Refusal("en-GB", Read).Message);
    }

    [Fact]
    public void MsProjectDurationThatIsNotADurationIsNamedInEitherLanguage()
    {
        const string xml = "<Project xmlns=\"http://schemas.microsoft.com/project\">\n<Tasks>\n<Task>\n<UID>7</UID>\n<Duration>eight hours</Duration>\n</Task>\n</Tasks>\n</Project>";
        static void Read() => MspdiReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "test.xml");

        Assert.Equal("test.xml，第 5 行，Task UID 7，字段 Duration：“eight hours”不是 ISO 8601 工期（如 PT8H0M0S）", Refusal("zh-CN", Read).Message);
        Assert.Equal("test.xml, line 5, Task UID 7, field Duration: 'eight hours' is not an ISO 8601 duration (PT8H0M0S)", Refusal("en-GB", Read).Message);
    }

    [Fact]
    public void MsProjectLinkToAMissingTaskNamesThePredecessorInEitherLanguage()
    {
        const string xml = "<Project xmlns=\"http://schemas.microsoft.com/project\">\n<StartDate>2026-01-05T08:00:00</StartDate>\n<Tasks>\n<Task>\n<UID>7</UID>\n<Duration>PT8H0M0S</Duration>\n"
            + "<PredecessorLink>\n<PredecessorUID>99</PredecessorUID>\n<Type>1</Type>\n</PredecessorLink>\n</Task>\n</Tasks>\n</Project>";
        static void Read() => MspdiScheduleMapper.Map(MspdiReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "test.xml"));

        Assert.Equal("test.xml，第 7 行，Task UID 7，字段 PredecessorUID：紧前任务 UID 99 不是文件中的任务", Refusal("zh-CN", Read).Message);
        Assert.Equal("test.xml, line 7, Task UID 7, field PredecessorUID: predecessor UID 99 is not a task in the file", Refusal("en-GB", Read).Message);
    }

    [Fact]
    public void ExcelWorkbookWithABadCellIsRefusedWithSheetRowAndColumnInEitherLanguage()
    {
        static void Import() => TestWorkbook.Import(["Activity code", "Activity name", "Duration"], [["A1", "Dig", "five days"]]).ScheduleOrThrow();

        var chinese = Refusal("zh-CN", Import);
        var english = Refusal("en-GB", Import);

        Assert.Equal("test.xlsx：工作簿中有 1 处错误，未导入任何内容。第一处：工作表“Activities”第 2 行“Duration”列，值“five days”：不是工期：请写 5d、4h、2w 或 5（天）", chinese.Message);
        Assert.StartsWith("test.xlsx: 1 error(s) in the workbook, nothing was imported. First: sheet 'Activities', row 2", english.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatIsNotThereAndAnUnknownFormatAreRefusedInEitherLanguage()
    {
        var missing = Path.Combine(Path.GetTempPath(), "gantry-no-such-" + Guid.NewGuid().ToString("N") + ".xer");
        var unknown = Path.Combine(Path.GetTempPath(), "gantry-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllText(unknown, "%PDF");
        try
        {
            Assert.Equal(missing + "：找不到文件", Refusal("zh-CN", () => ScheduleFile.Open(missing)).Message);
            Assert.Equal(missing + ": file not found", Refusal("en-GB", () => ScheduleFile.Open(missing)).Message);
            Assert.Equal(Path.GetFileName(unknown) + "：无法识别的文件格式：应为 P6 .xer、P6 XML、MS Project .xml (MSPDI) 或 Excel .xlsx 文件", Refusal("zh-CN", () => DetailedScheduleFile.Open(unknown)).Message);
        }
        finally
        {
            File.Delete(unknown);
        }
    }

    [Fact]
    public void WritingToAnUnknownFormatIsRefusedInEitherLanguage()
    {
        var schedule = DetailedScheduleFile.Open(OracleFiles.MsProject("mspdirelations.xml"));

        Assert.Equal("plan.pdf：无法识别的输出格式“.pdf”：应为 .xer (P6) 或 .xml (MS Project) 文件", Refusal("zh-CN", () => ScheduleFileWriter.Write(schedule, "/tmp/plan.pdf")).Message);
        Assert.Equal("plan.pdf: unknown output format '.pdf': expected a .xer (P6) or .xml (MS Project) file", Refusal("en-GB", () => ScheduleFileWriter.Write(schedule, "/tmp/plan.pdf")).Message);
    }

    [Fact]
    public void WhatAReaderLeavesOutIsNotedInTheUsersLanguage()
    {
        const string xml = "<Project xmlns=\"http://schemas.microsoft.com/project\">\n<StartDate>2026-01-05T08:00:00</StartDate>\n<Tasks>\n"
            + "<Task>\n<UID>7</UID>\n<Duration>PT8H0M0S</Duration>\n</Task>\n<Task>\n<UID>8</UID>\n<Active>0</Active>\n<Duration>PT8H0M0S</Duration>\n</Task>\n</Tasks>\n</Project>";
        static ImportNote Note() => Assert.Single(MspdiScheduleMapper.Map(MspdiReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "test.xml")).Notes);

        var chinese = TestWorkbook.InCulture("zh-CN", Note);
        var english = TestWorkbook.InCulture("en-GB", Note);

        Assert.Equal(("Task UID 8", "未激活的任务：MS Project 不计算它"), (chinese.Record, chinese.Message));
        Assert.Equal(("Task UID 8", "inactive task: MS Project does not schedule it"), (english.Record, english.Message));
    }

    [Fact]
    public void EveryChineseCultureReadsChineseAndOtherLanguagesReadEnglish()
    {
        var text = XerText.Lines(XerText.Header, "%T\tPROJECT", "%F\tproj_id", "%R\t1");

        Assert.Contains("文件不完整", Refusal("zh-TW", () => XerText.Read(text)).Message, StringComparison.Ordinal);
        Assert.Contains("文件不完整", Refusal("zh-Hans", () => XerText.Read(text)).Message, StringComparison.Ordinal);
        Assert.Contains("it is truncated", Refusal("de-DE", () => XerText.Read(text)).Message, StringComparison.Ordinal);
    }
}
