using Gantry.Scheduling.Calendars;
using Xunit;
using static Gantry.Scheduling.Tests.Calendars.CalendarTestData;

namespace Gantry.Scheduling.Tests.Calendars;

/// <summary>Forms the oracle file does not use: day kinds, month-end days, several days a week, end dates.</summary>
public class RecurringExceptionTests
{
    private static readonly WorkingPeriod[] Marker = [new(600, 660)];

    [Theory]
    [InlineData(MonthDayKind.Day, WeekOfMonth.First, "2024-03-01 2024-04-01 2024-05-01")]
    [InlineData(MonthDayKind.Day, WeekOfMonth.Last, "2024-03-31 2024-04-30 2024-05-31")]
    [InlineData(MonthDayKind.Weekday, WeekOfMonth.First, "2024-03-01 2024-04-01 2024-05-01")]
    [InlineData(MonthDayKind.Weekday, WeekOfMonth.Third, "2024-03-05 2024-04-03 2024-05-03")]
    [InlineData(MonthDayKind.Weekday, WeekOfMonth.Last, "2024-03-29 2024-04-30 2024-05-31")]
    [InlineData(MonthDayKind.WeekendDay, WeekOfMonth.First, "2024-03-02 2024-04-06 2024-05-04")]
    [InlineData(MonthDayKind.WeekendDay, WeekOfMonth.Last, "2024-03-31 2024-04-28 2024-05-26")]
    [InlineData(MonthDayKind.Monday, WeekOfMonth.Fourth, "2024-03-25 2024-04-22 2024-05-27")]
    [InlineData(MonthDayKind.Friday, WeekOfMonth.Last, "2024-03-29 2024-04-26 2024-05-31")]
    public void MonthlyByWeekdayPicksTheRightDayOfEachMonth(MonthDayKind kind, WeekOfMonth position, string expected)
    {
        var rule = new RecurringException(RecurrencePattern.MonthlyByWeekday, Day("2024-03-01"), Marker) { DayKind = kind, Position = position, Occurrences = 3 };
        Assert.Equal(expected, Dates(rule, "2024-03-01", "2024-12-31"));
    }

    [Theory]
    [InlineData(RecurrencePattern.MonthlyByDay, 31, 1, 1, "2024-01-31 2024-02-29 2024-03-31 2024-04-30")]
    [InlineData(RecurrencePattern.MonthlyByDay, 15, 3, 1, "2024-01-15 2024-04-15 2024-07-15 2024-10-15")]
    [InlineData(RecurrencePattern.YearlyByDate, 29, 1, 2, "2024-02-29 2025-02-28 2026-02-28 2027-02-28")]
    [InlineData(RecurrencePattern.YearlyByDate, 1, 2, 10, "2024-10-01 2026-10-01 2028-10-01 2030-10-01")]
    public void ByDayRulesClampToTheMonthEnd(RecurrencePattern pattern, int dayOfMonth, int interval, int month, string expected)
    {
        var rule = new RecurringException(pattern, Day("2024-01-01"), Marker) { DayOfMonth = dayOfMonth, Interval = interval, Month = month, Occurrences = 4 };
        Assert.Equal(expected, Dates(rule, "2024-01-01", "2031-12-31"));
    }

    [Fact]
    public void YearlyByWeekdayFindsTheLastMondayOfMay()
    {
        var rule = new RecurringException(RecurrencePattern.YearlyByWeekday, Day("2024-06-01"), Marker)
        {
            Month = 5, DayKind = MonthDayKind.Monday, Position = WeekOfMonth.Last, Until = Day("2027-12-31"),
        };
        Assert.Equal("2025-05-26 2026-05-25 2027-05-31", Dates(rule, "2024-01-01", "2027-12-31"));
    }

    [Fact]
    public void WeeklyEveryOtherWeekOnTwoDaysCountsWeeksFromTheWeekOfTheStart()
    {
        // 2024-03-06 is a Wednesday; weeks start on Sunday, so the first week is 3–9 March.
        var rule = new RecurringException(RecurrencePattern.Weekly, Day("2024-03-06"), Marker)
        {
            DaysOfWeek = WeekDays.Monday | WeekDays.Thursday, Interval = 2, Occurrences = 5,
        };
        Assert.Equal("2024-03-07 2024-03-18 2024-03-21 2024-04-01 2024-04-04", Dates(rule, "2024-03-01", "2024-12-31"));
    }

    [Fact]
    public void OccurrencesAndUntilStopAtWhicheverComesFirst()
    {
        var rule = new RecurringException(RecurrencePattern.Daily, Day("2024-03-04"), Marker) { Interval = 2, Occurrences = 10, Until = Day("2024-03-09") };
        Assert.Equal("2024-03-04 2024-03-06 2024-03-08", Dates(rule, "2024-03-01", "2024-12-31"));
    }

    [Fact]
    public void AnOpenEndedRuleStopsAtTheEndOfTheSupportedRange()
    {
        var rule = new RecurringException(RecurrencePattern.YearlyByDate, Day("2024-12-25"), []) { Month = 12, DayOfMonth = 25, Occurrences = int.MaxValue };
        var calendar = WorkCalendar.Compile(new CalendarDefinition { Id = "xmas", RecurringExceptions = [rule] });
        Assert.Empty(calendar.PeriodsOn(Day("2200-12-25")));
        Assert.NotEmpty(calendar.PeriodsOn(Day("2023-12-25")));
    }

    [Fact]
    public void NonWorkingRecurrenceRemovesWorkFromAddWork()
    {
        // Every Friday off for four weeks from 2024-03-01.
        var rule = new RecurringException(RecurrencePattern.Weekly, Day("2024-03-01"), [], "Short weeks") { DaysOfWeek = WeekDays.Friday, Occurrences = 4 };
        var calendar = WorkCalendar.Compile(new CalendarDefinition { Id = "short-weeks", RecurringExceptions = [rule] });
        Assert.Equal("2024-03-04 17:00", Show(calendar.AddWork(At("2024-02-29 08:00"), 960)));
        Assert.Equal(4 * 1920, calendar.WorkBetween(At("2024-03-01 00:00"), At("2024-03-29 00:00")));
    }

    private static string Dates(RecurringException rule, string from, string to)
    {
        var calendar = WorkCalendar.Compile(new CalendarDefinition { Id = "recurring", RecurringExceptions = [rule] });
        var dates = new List<string>();
        for (var d = Day(from); d <= Day(to); d = d.AddDays(1))
        {
            if (calendar.PeriodsOn(d).SequenceEqual(Marker))
            {
                dates.Add(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return string.Join(' ', dates);
    }
}
