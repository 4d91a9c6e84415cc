using Gantry.Scheduling.Calendars;
using Xunit;
using static Gantry.Scheduling.Tests.Calendars.CalendarTestData;

namespace Gantry.Scheduling.Tests.Calendars;

/// <summary>Bad definitions and impossible questions end in a CalendarError naming the calendar and date, never a hang.</summary>
public class CalendarErrorTests
{
    private static readonly WorkCalendar Standard = WorkCalendar.Compile(new CalendarDefinition { Id = "std" });

    private static readonly WorkCalendar NoWork = WorkCalendar.Compile(new CalendarDefinition
    {
        Id = "idle",
        WorkWeek = new WorkWeek(new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>()),
    });

    private static readonly WorkCalendar OneWorkingDay = WorkCalendar.Compile(new CalendarDefinition
    {
        Id = "one-day",
        WorkWeek = new WorkWeek(new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>()),
        Exceptions = [new CalendarException(Day("2024-03-09"), Day("2024-03-09"), [new WorkingPeriod(480, 720)])],
    });

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(10, 10)]
    [InlineData(600, 500)]
    [InlineData(0, 1441)]
    public void InvalidWorkingPeriodIsRefused(int start, int end)
    {
        var error = Assert.Throws<CalendarError>(() => new WorkingPeriod(start, end));
        Assert.Contains("invalid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverlappingPeriodsNameTheDay()
    {
        var error = Assert.Throws<CalendarError>(() => WorkWeek.Uniform([DayOfWeek.Tuesday], [new WorkingPeriod(480, 720), new WorkingPeriod(700, 800)]));
        Assert.Contains("Tuesday", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1899-12-31 23:59")]
    [InlineData("2201-01-01 00:01")]
    [InlineData("9999-01-01 00:00")]
    public void InstantsOutsideTheSupportedRangeAreRefused(string t)
    {
        var error = Assert.Throws<CalendarError>(() => Standard.AddWork(At(t), 60));
        Assert.Contains("'std'", error.Message, StringComparison.Ordinal);
        Assert.Contains(t, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEdgesOfTheRangeAreAccepted()
    {
        Assert.Equal(At("1900-01-01 09:00"), Standard.AddWork(At("1900-01-01 00:00"), 60));
        Assert.Equal(At("2200-12-31 16:00"), Standard.SubtractWork(At("2201-01-01 00:00"), 60));
        Assert.False(Standard.IsWorking(At("2201-01-01 00:00")));
    }

    [Fact]
    public void CalendarWithoutWorkingTimeFailsInsteadOfSearchingForever()
    {
        var error = Assert.Throws<CalendarError>(() => NoWork.AddWork(At("2024-03-04 08:00"), 60));
        Assert.Contains("'idle'", error.Message, StringComparison.Ordinal);
        Assert.Contains("2024-03-04 08:00", error.Message, StringComparison.Ordinal);
        Assert.Throws<CalendarError>(() => NoWork.NextWorkStart(At("2024-03-04 08:00")));
        Assert.Throws<CalendarError>(() => NoWork.SubtractWork(At("2024-03-04 08:00"), 1));
        Assert.Equal(0, NoWork.WorkBetween(At("2024-01-01 00:00"), At("2025-01-01 00:00")));
    }

    [Fact]
    public void ExceptionDaysAreTheOnlyWorkOfAnEmptyWeek()
    {
        Assert.Equal(At("2024-03-09 10:00"), OneWorkingDay.AddWork(At("2000-01-01 00:00"), 120));
        Assert.Equal(At("2024-03-09 12:00"), OneWorkingDay.PreviousWorkEnd(At("2150-01-01 00:00")));
        var error = Assert.Throws<CalendarError>(() => OneWorkingDay.AddWork(At("2024-03-09 08:00"), 241));
        Assert.Contains("after 2024-03-09 08:00", error.Message, StringComparison.Ordinal);
        Assert.Throws<CalendarError>(() => OneWorkingDay.NextWorkStart(At("2024-03-09 12:00")));
        Assert.Throws<CalendarError>(() => OneWorkingDay.PreviousWorkEnd(At("2024-03-09 08:00")));
    }

    [Fact]
    public void MissingBaseCalendarIsNamed()
    {
        var error = Assert.Throws<CalendarError>(() => WorkCalendar.Compile(new CalendarDefinition { Id = "child", BaseCalendarId = "ghost" }));
        Assert.Contains("'ghost'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'child'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BaseCalendarCycleIsRefused()
    {
        var all = new Dictionary<string, CalendarDefinition>
        {
            ["a"] = new() { Id = "a", BaseCalendarId = "b" },
            ["b"] = new() { Id = "b", BaseCalendarId = "a" },
        };
        var error = Assert.Throws<CalendarError>(() => WorkCalendar.Compile(all["a"], all));
        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExceptionEndingBeforeItStartsIsRefused()
    {
        var error = Assert.Throws<CalendarError>(() => WorkCalendar.Compile(new CalendarDefinition
        {
            Id = "backwards",
            Exceptions = [new CalendarException(Day("2024-03-10"), Day("2024-03-01"), [], "Shutdown")],
        }));
        Assert.Contains("'Shutdown'", error.Message, StringComparison.Ordinal);
        Assert.Contains("2024-03-01", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RecurrencePattern.Daily, 1, null, 1, "needs Occurrences or Until")]
    [InlineData(RecurrencePattern.Daily, 0, 3, 1, "Interval")]
    [InlineData(RecurrencePattern.Daily, 1, 0, 1, "Occurrences")]
    [InlineData(RecurrencePattern.Weekly, 1, 3, 1, "DaysOfWeek")]
    [InlineData(RecurrencePattern.YearlyByDate, 1, 3, 13, "Month")]
    public void InvalidRecurringExceptionIsNamed(RecurrencePattern pattern, int interval, int? occurrences, int month, string fragment)
    {
        var rule = new RecurringException(pattern, Day("2024-03-01"), [], "Bad rule") { Interval = interval, Occurrences = occurrences, Month = month };
        var error = Assert.Throws<CalendarError>(() => WorkCalendar.Compile(new CalendarDefinition { Id = "rec", RecurringExceptions = [rule] }));
        Assert.Contains("'Bad rule'", error.Message, StringComparison.Ordinal);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonPositiveMinutesPerDayIsRefused()
    {
        var error = Assert.Throws<CalendarError>(() => WorkCalendar.Compile(new CalendarDefinition { Id = "zero", MinutesPerDay = 0 }));
        Assert.Contains("MinutesPerDay", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(10_000_000_000)]
    public void ExtremeAmountsOfWorkFailCleanly(long minutes)
    {
        Assert.Throws<CalendarError>(() => Standard.AddWork(At("2024-03-04 08:00"), minutes));
        Assert.Throws<CalendarError>(() => Standard.SubtractWork(At("2024-03-04 08:00"), minutes));
    }

    [Fact]
    public void ZeroWorkStillChecksTheRange() =>
        Assert.Throws<CalendarError>(() => Standard.AddWork(At("1800-01-01 00:00"), 0));

    [Fact]
    public void DefinitionWithoutIdIsRefused()
    {
        var error = Assert.Throws<CalendarError>(() => WorkCalendar.Compile(new CalendarDefinition { Id = " ", Name = "Night crew" }));
        Assert.Contains("'Night crew'", error.Message, StringComparison.Ordinal);
    }
}
