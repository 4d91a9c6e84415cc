using Gantry.Scheduling.Calendars;
using Xunit;
using static Gantry.Scheduling.Tests.Calendars.CalendarTestData;

namespace Gantry.Scheduling.Tests.Calendars;

/// <summary>
/// "summer": standard week, but 2024-06-01..2024-08-31 works Mon–Fri 07:00–15:00 in one stretch
/// (MS Project work weeks); Monday 2024-06-10 is a holiday. 2024-06-03 is a Monday.
/// </summary>
public class DatedWorkWeekTests
{
    private static readonly WorkWeek SummerHours = WorkWeek.Uniform(
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        [new WorkingPeriod(420, 900)]);

    private static readonly Dictionary<string, CalendarDefinition> All = new()
    {
        ["summer"] = new()
        {
            Id = "summer",
            DatedWorkWeeks = [new DatedWorkWeek(Day("2024-06-01"), Day("2024-08-31"), SummerHours, "Summer hours")],
            Exceptions = [CalendarException.NonWorking(Day("2024-06-10"), "Holiday")],
        },
        ["summer-crew"] = new() { Id = "summer-crew", BaseCalendarId = "summer" },
        ["own-week"] = new() { Id = "own-week", BaseCalendarId = "summer", WorkWeek = WorkWeek.Standard },
    };

    [Theory]
    [InlineData("summer", "2024-05-31", "08:00-12:00 13:00-17:00")]
    [InlineData("summer", "2024-06-03", "07:00-15:00")]
    [InlineData("summer", "2024-06-08", "")]
    [InlineData("summer", "2024-06-10", "")]
    [InlineData("summer", "2024-08-30", "07:00-15:00")]
    [InlineData("summer", "2024-09-02", "08:00-12:00 13:00-17:00")]
    [InlineData("summer-crew", "2024-06-03", "07:00-15:00")]
    [InlineData("summer-crew", "2024-06-10", "")]
    [InlineData("own-week", "2024-06-03", "08:00-12:00 13:00-17:00")]
    [InlineData("own-week", "2024-06-10", "")]
    public void DatedWeekReplacesTheWeekInItsRangeAndExceptionsStillApply(string calendar, string date, string expected) =>
        Assert.Equal(expected, string.Join(' ', WorkCalendar.Compile(All[calendar], All).PeriodsOn(Day(date))));

    [Fact]
    public void AddWorkCrossesIntoSummerHours()
    {
        var summer = WorkCalendar.Compile(All["summer"], All);
        // Fri 31 May 13:00–17:00 (240), Mon 3 June 07:00 + 240 = 11:00.
        Assert.Equal("2024-06-03 11:00", Show(summer.AddWork(At("2024-05-31 13:00"), 480)));
        Assert.Equal("2024-06-11 15:00", Show(summer.AddWork(At("2024-06-07 07:00"), 960)));
    }

    [Fact]
    public void LaterOverlappingDatedWeekWins()
    {
        var calendar = WorkCalendar.Compile(new CalendarDefinition
        {
            Id = "two-weeks",
            DatedWorkWeeks =
            [
                new DatedWorkWeek(Day("2024-06-01"), Day("2024-08-31"), SummerHours),
                new DatedWorkWeek(Day("2024-07-01"), Day("2024-07-31"), WorkWeek.TwentyFourSeven, "July push"),
            ],
        });
        Assert.Equal("00:00-24:00", string.Join(' ', calendar.PeriodsOn(Day("2024-07-06"))));
        Assert.Equal("07:00-15:00", string.Join(' ', calendar.PeriodsOn(Day("2024-08-01"))));
    }

    [Fact]
    public void DatedWeekEndingBeforeItStartsIsRefused()
    {
        var error = Assert.Throws<CalendarError>(() => WorkCalendar.Compile(new CalendarDefinition
        {
            Id = "backwards-week",
            DatedWorkWeeks = [new DatedWorkWeek(Day("2024-08-31"), Day("2024-06-01"), SummerHours, "Summer hours")],
        }));
        Assert.Contains("'Summer hours'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'backwards-week'", error.Message, StringComparison.Ordinal);
    }
}
