using Gantry.Scheduling.Calendars;
using Xunit;
using static Gantry.Scheduling.Tests.Calendars.CalendarTestData;

namespace Gantry.Scheduling.Tests.Calendars;

/// <summary>How compiled calendars are built and shared.</summary>
public class CompiledCalendarTests
{
    [Fact]
    public void CompileAllResolvesBaseCalendarsAmongTheSet()
    {
        var all = new Dictionary<string, CalendarDefinition>
        {
            ["base"] = new() { Id = "base", Exceptions = [CalendarException.NonWorking(Day("2024-03-04"))] },
            ["child"] = new() { Id = "child", BaseCalendarId = "base", MinutesPerDay = 600 },
        };
        var compiled = WorkCalendar.CompileAll(all);
        Assert.Equal(["base", "child"], compiled.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(compiled["child"].PeriodsOn(Day("2024-03-04")));
        Assert.Equal(600, compiled["child"].MinutesPerDay);
    }

    [Fact]
    public void ConcurrentFirstUseGivesTheSameAnswersAsSequentialUse()
    {
        var definition = new CalendarDefinition { Id = "shared", IncludeChinaStatutoryHolidays = true };
        var sequential = WorkCalendar.Compile(definition);
        var shared = WorkCalendar.Compile(definition);
        var starts = Enumerable.Range(0, 4000).Select(i => At("2020-01-01 00:00").AddMinutes(i * 997L)).ToArray();
        var expected = starts.Select(s => sequential.AddWork(s, 2400)).ToArray();

        var actual = new DateTime[starts.Length];
        Parallel.For(0, starts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = shared.AddWork(starts[i], 2400));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ResultsHaveUnspecifiedKindAndWholeMinutes()
    {
        var calendar = WorkCalendar.Compile(new CalendarDefinition { Id = "std" });
        var finish = calendar.AddWork(new DateTime(2024, 3, 4, 8, 0, 30, DateTimeKind.Utc), 60);
        Assert.Equal(DateTimeKind.Unspecified, finish.Kind);
        Assert.Equal(At("2024-03-04 09:00"), finish);
    }

    [Fact]
    public void FromHoursReadsMidnightAsTheEndOfTheDay()
    {
        Assert.Equal(new WorkingPeriod(1320, 1440), WorkingPeriod.FromHours(22, 0, 0, 0));
        Assert.Equal(new WorkingPeriod(450, 930), WorkingPeriod.FromHours(7, 30, 15, 30));
        Assert.Equal(240, WorkingPeriod.FromHours(8, 0, 12, 0).Minutes);
    }

    [Fact]
    public void WeekTotalsAndNormalWeekdayHours()
    {
        Assert.Equal(2400, WorkWeek.Standard.TotalMinutes);
        Assert.Equal(10080, WorkWeek.TwentyFourSeven.TotalMinutes);
        var weekendOnly = WorkWeek.Uniform([DayOfWeek.Saturday, DayOfWeek.Sunday], [new WorkingPeriod(600, 900)]);
        Assert.Equal([new WorkingPeriod(600, 900)], weekendOnly.NormalWeekdayPeriods());
        Assert.Empty(new WorkWeek(new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>()).NormalWeekdayPeriods());
    }

    [Fact]
    public void WorkPositionDifferencesAreWorkingTime()
    {
        var calendar = WorkCalendar.Compile(new CalendarDefinition { Id = "std" });
        Assert.Equal(0, calendar.WorkPosition(At("1900-01-01 08:00")));
        Assert.Equal(480, calendar.WorkPosition(At("1900-01-02 00:00")));
        Assert.Equal(
            calendar.WorkBetween(At("2024-01-01 00:00"), At("2025-01-01 00:00")),
            calendar.WorkPosition(At("2025-01-01 00:00")) - calendar.WorkPosition(At("2024-01-01 00:00")));
        Assert.Equal(262 * 480, calendar.WorkBetween(At("2024-01-01 00:00"), At("2025-01-01 00:00")));
    }
}
