using System.Globalization;
using System.Text.RegularExpressions;
using Gantry.Scheduling.Calendars;
using Gantry.Scheduling.Tests.Cpm;
using Xunit;

namespace Gantry.Scheduling.Tests.Language;

/// <summary>The engine refuses a network in the language of the user interface at the moment it is scheduled.</summary>
public sealed partial class EngineMessageLanguageTests
{
    private static readonly CalendarDefinition Idle = new() { Id = "idle", WorkWeek = new WorkWeek(new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>()) };

    private static ScheduleError Refusal(string culture, NetworkBuilder network) =>
        UiCulture.In(culture, () => Assert.Throws<ScheduleError>(() => network.Schedule()));

    private static NetworkBuilder Loop() => new NetworkBuilder().Task("A100", 1).Task("A200", 1).Task("A300", 1)
        .Link("A100", "A200").Link("A200", "A300").Link("A300", "A100");

    [Fact]
    public void ALoopIsRefusedInChineseWithItsActivitiesInLinkOrder()
    {
        var error = Refusal("zh-CN", Loop());

        var path = string.Join(" -> ", error.ActivityIds) + " -> " + error.ActivityIds[0];
        Assert.Equal("逻辑关系存在循环：" + path + "。", error.Message);
    }

    [Fact]
    public void ALoopIsRefusedInEnglishWithItsActivitiesInLinkOrder()
    {
        var error = Refusal("en-GB", Loop());

        var path = string.Join(" -> ", error.ActivityIds) + " -> " + error.ActivityIds[0];
        Assert.Equal("The logic loops: " + path + ".", error.Message);
    }

    [Fact]
    public void ACalendarWithNoWorkingTimeIsRefusedInEitherLanguage()
    {
        var network = new NetworkBuilder().Calendar(Idle).Task("A100", 1, calendar: "idle");

        Assert.Equal("日历“idle”没有任何工作时间，无法在其上安排工作。", Refusal("zh-CN", network).Message);
        Assert.Equal("Calendar 'idle' has no working time, so no work could be placed on it.", Refusal("en-GB", network).Message);
    }

    [Fact]
    public void AnActivityOnAMissingCalendarIsRefusedInEitherLanguage()
    {
        var network = new NetworkBuilder().Task("A100", 1, calendar: "nights");

        Assert.Equal("作业“A100”使用的日历“nights”不在网络中。", Refusal("zh-CN", network).Message);
        Assert.Equal("Activity 'A100' uses calendar 'nights', which is not in the network.", Refusal("en-GB", network).Message);
    }

    [Fact]
    public void ACalendarQuestionWithNoWorkingTimeLeftIsAnsweredInEitherLanguage()
    {
        var idle = WorkCalendar.Compile(Idle);
        var at = new DateTime(2024, 3, 4, 8, 0, 0);

        var chinese = UiCulture.In("zh-CN", () => Assert.Throws<CalendarError>(() => idle.AddWork(at, 60)));
        var english = UiCulture.In("en-GB", () => Assert.Throws<CalendarError>(() => idle.AddWork(at, 60)));

        Assert.Equal("日历“idle”：在 1900-01-01..2200-12-31 范围内，2024-03-04 08:00 之后没有工作时间。", chinese.Message);
        Assert.Equal("Calendar 'idle': no working time after 2024-03-04 08:00 within 1900-01-01..2200-12-31.", english.Message);
    }

    [Fact]
    public void OverlappingWorkingPeriodsNameTheWeekDayInTheUsersLanguage()
    {
        var days = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>> { [DayOfWeek.Monday] = [new WorkingPeriod(480, 720), new WorkingPeriod(600, 1020)] };

        var chinese = UiCulture.In("zh-CN", () => Assert.Throws<CalendarError>(() => new WorkWeek(days)));
        var english = UiCulture.In("en-GB", () => Assert.Throws<CalendarError>(() => new WorkWeek(days)));

        Assert.StartsWith("工作周的星期一中：工作时段 ", chinese.Message, StringComparison.Ordinal);
        Assert.EndsWith(" 重叠。", chinese.Message, StringComparison.Ordinal);
        Assert.StartsWith("In work week Monday: working periods ", english.Message, StringComparison.Ordinal);
        Assert.DoesNotMatch(LatinWord(), chinese.Message.Replace("工作周的星期一中", "", StringComparison.Ordinal));
    }

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWord();
}
