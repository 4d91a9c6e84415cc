using Gantry.Scheduling.Calendars;
using Xunit;
using static Gantry.Scheduling.Tests.Calendars.CalendarTestData;

namespace Gantry.Scheduling.Tests.Calendars;

/// <summary>
/// "company": standard week, Friday 2024-03-08 off, Saturday 2024-03-09 worked 08:00–12:00.
/// "crane" inherits company but works that Friday morning and is off Mon–Tue 2024-03-11..12.
/// "six-day" inherits company's exceptions with its own Mon–Sat week.
/// </summary>
public class ExceptionAndInheritanceTests
{
    private static readonly WorkingPeriod[] Morning = [new(480, 720)];

    private static readonly CalendarDefinition Company = new()
    {
        Id = "company",
        Exceptions =
        [
            CalendarException.NonWorking(Day("2024-03-08"), "Site closed"),
            new CalendarException(Day("2024-03-09"), Day("2024-03-09"), Morning, "Saturday catch-up"),
        ],
    };

    private static readonly CalendarDefinition Crane = new()
    {
        Id = "crane",
        BaseCalendarId = "company",
        Exceptions =
        [
            new CalendarException(Day("2024-03-08"), Day("2024-03-08"), Morning, "Crane inspection morning"),
            new CalendarException(Day("2024-03-11"), Day("2024-03-12"), [], "Crane maintenance"),
        ],
    };

    private static readonly CalendarDefinition SixDay = new()
    {
        Id = "six-day",
        BaseCalendarId = "company",
        WorkWeek = WorkWeek.Uniform(
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday],
            [new WorkingPeriod(420, 720), new WorkingPeriod(780, 1080)]),
    };

    private static readonly Dictionary<string, CalendarDefinition> All = new()
    {
        ["company"] = Company,
        ["crane"] = Crane,
        ["six-day"] = SixDay,
    };

    [Theory]
    [InlineData("company", "2024-03-07 08:00", 960, "2024-03-11 12:00")]
    [InlineData("company", "2024-03-08 08:00", 240, "2024-03-09 12:00")]
    [InlineData("crane", "2024-03-07 08:00", 960, "2024-03-09 12:00")]
    [InlineData("crane", "2024-03-07 08:00", 1200, "2024-03-13 12:00")]
    [InlineData("six-day", "2024-03-07 07:00", 840, "2024-03-09 12:00")]
    [InlineData("six-day", "2024-03-07 07:00", 900, "2024-03-11 08:00")]
    public void AddWorkHonoursOwnAndInheritedExceptions(string calendar, string start, long minutes, string finish) =>
        Assert.Equal(finish, Show(WorkCalendar.Compile(All[calendar], All).AddWork(At(start), minutes)));

    [Theory]
    [InlineData("company", "2024-03-08", "")]
    [InlineData("company", "2024-03-09", "08:00-12:00")]
    [InlineData("company", "2024-03-11", "08:00-12:00 13:00-17:00")]
    [InlineData("crane", "2024-03-08", "08:00-12:00")]
    [InlineData("crane", "2024-03-09", "08:00-12:00")]
    [InlineData("crane", "2024-03-11", "")]
    [InlineData("crane", "2024-03-12", "")]
    [InlineData("crane", "2024-03-13", "08:00-12:00 13:00-17:00")]
    [InlineData("six-day", "2024-03-08", "")]
    [InlineData("six-day", "2024-03-16", "07:00-12:00 13:00-18:00")]
    [InlineData("six-day", "2024-03-17", "")]
    public void PeriodsOnShowsTheResolvedDay(string calendar, string date, string expected) =>
        Assert.Equal(expected, string.Join(' ', WorkCalendar.Compile(All[calendar], All).PeriodsOn(Day(date))));

    [Fact]
    public void NullWorkWeekWithoutBaseIsTheStandardWeek()
    {
        var calendar = WorkCalendar.Compile(new CalendarDefinition { Id = "plain" });
        Assert.Equal("08:00-12:00 13:00-17:00", string.Join(' ', calendar.PeriodsOn(Day("2024-03-04"))));
        Assert.Empty(calendar.PeriodsOn(Day("2024-03-03")));
    }

    [Fact]
    public void ThreeLevelChainTakesTheNearestWeekAndAllExceptions()
    {
        var all = new Dictionary<string, CalendarDefinition>(All)
        {
            ["crane-night"] = new() { Id = "crane-night", BaseCalendarId = "crane" },
        };
        var calendar = WorkCalendar.Compile(all["crane-night"], all);
        Assert.Equal("08:00-12:00", string.Join(' ', calendar.PeriodsOn(Day("2024-03-08"))));
        Assert.Empty(calendar.PeriodsOn(Day("2024-03-11")));
        Assert.Equal("08:00-12:00", string.Join(' ', calendar.PeriodsOn(Day("2024-03-09"))));
    }

    [Fact]
    public void LaterDatedExceptionInTheSameCalendarWins()
    {
        var calendar = WorkCalendar.Compile(new CalendarDefinition
        {
            Id = "overlap",
            Exceptions =
            [
                new CalendarException(Day("2024-03-04"), Day("2024-03-08"), [], "Week off"),
                new CalendarException(Day("2024-03-06"), Day("2024-03-06"), Morning, "Wednesday site visit"),
            ],
        });
        Assert.Equal(240, calendar.WorkBetween(At("2024-03-04 00:00"), At("2024-03-09 00:00")));
    }

    [Fact]
    public void DatedExceptionWinsOverARecurringOneOfTheSameCalendar()
    {
        var calendar = WorkCalendar.Compile(new CalendarDefinition
        {
            Id = "mixed",
            RecurringExceptions = [new RecurringException(RecurrencePattern.Weekly, Day("2024-03-04"), []) { DaysOfWeek = WeekDays.Wednesday, Occurrences = 4 }],
            Exceptions = [new CalendarException(Day("2024-03-13"), Day("2024-03-13"), Morning)],
        });
        Assert.Empty(calendar.PeriodsOn(Day("2024-03-06")));
        Assert.Equal("08:00-12:00", string.Join(' ', calendar.PeriodsOn(Day("2024-03-13"))));
        Assert.Empty(calendar.PeriodsOn(Day("2024-03-20")));
    }

    [Fact]
    public void TouchingPeriodsJoinIntoOne()
    {
        var week = WorkWeek.Uniform([DayOfWeek.Monday], [new WorkingPeriod(780, 1020), new WorkingPeriod(480, 780)]);
        Assert.Equal([new WorkingPeriod(480, 1020)], week.PeriodsOn(DayOfWeek.Monday));
    }

    [Fact]
    public void ExceptionsBeyondTheSupportedRangeAreIgnored()
    {
        var calendar = WorkCalendar.Compile(new CalendarDefinition
        {
            Id = "far",
            Exceptions = [new CalendarException(Day("2200-12-30"), Day("2300-01-01"), [])],
        });
        Assert.Empty(calendar.PeriodsOn(Day("2200-12-31")));
        Assert.NotEmpty(calendar.PeriodsOn(Day("2200-12-29")));
    }

    [Fact]
    public void UnitsPassThroughFromTheDefinition()
    {
        var calendar = WorkCalendar.Compile(new CalendarDefinition { Id = "ten-hour", Name = "Ten hour days", MinutesPerDay = 600, MinutesPerWeek = 3000, MinutesPerMonth = 12000 });
        Assert.Equal((600, 3000, 12000), (calendar.MinutesPerDay, calendar.MinutesPerWeek, calendar.MinutesPerMonth));
        Assert.Equal("ten-hour (Ten hour days)", calendar.ToString());
    }
}
