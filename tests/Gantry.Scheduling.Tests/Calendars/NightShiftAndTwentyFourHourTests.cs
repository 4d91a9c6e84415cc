using Gantry.Scheduling.Calendars;
using Xunit;
using static Gantry.Scheduling.Tests.Calendars.CalendarTestData;

namespace Gantry.Scheduling.Tests.Calendars;

/// <summary>
/// A night crew works 22:00–06:00 from Monday night to Saturday morning: Mon–Fri 22:00–24:00 and
/// Tue–Sat 00:00–06:00. 2024-03-04 is a Monday.
/// </summary>
public class NightShiftAndTwentyFourHourTests
{
    private static readonly WorkCalendar Night = WorkCalendar.Compile(new CalendarDefinition
    {
        Id = "night",
        WorkWeek = NightWeek(),
    });

    [Theory]
    [InlineData("2024-03-04 22:00", 120, "2024-03-05 00:00")]
    [InlineData("2024-03-04 22:00", 180, "2024-03-05 01:00")]
    [InlineData("2024-03-04 22:00", 480, "2024-03-05 06:00")]
    [InlineData("2024-03-04 23:00", 480, "2024-03-05 23:00")]
    [InlineData("2024-03-04 12:00", 60, "2024-03-04 23:00")]
    [InlineData("2024-03-08 22:00", 481, "2024-03-11 22:01")]
    public void AddWorkRunsThroughMidnightAsOneStretch(string start, long minutes, string finish) =>
        Assert.Equal(finish, Show(Night.AddWork(At(start), minutes)));

    [Theory]
    [InlineData("2024-03-05 06:00", 480, "2024-03-04 22:00")]
    [InlineData("2024-03-05 01:00", 180, "2024-03-04 22:00")]
    [InlineData("2024-03-05 01:00", 60, "2024-03-05 00:00")]
    [InlineData("2024-03-05 00:00", 60, "2024-03-04 23:00")]
    [InlineData("2024-03-11 22:00", 60, "2024-03-09 05:00")]
    public void SubtractWorkRunsBackThroughMidnight(string finish, long minutes, string start) =>
        Assert.Equal(start, Show(Night.SubtractWork(At(finish), minutes)));

    [Theory]
    [InlineData("2024-03-05 00:00", "2024-03-05 00:00")]
    [InlineData("2024-03-05 06:00", "2024-03-05 22:00")]
    [InlineData("2024-03-09 06:00", "2024-03-11 22:00")]
    [InlineData("2024-03-04 21:59", "2024-03-04 22:00")]
    public void NextWorkStartFindsTheNextShift(string t, string expected) =>
        Assert.Equal(expected, Show(Night.NextWorkStart(At(t))));

    [Theory]
    [InlineData("2024-03-05 00:00", "2024-03-05 00:00")]
    [InlineData("2024-03-04 22:00", "2024-03-02 06:00")]
    [InlineData("2024-03-05 12:00", "2024-03-05 06:00")]
    public void PreviousWorkEndDoesNotStopAtMidnightInsideAShift(string t, string expected) =>
        Assert.Equal(expected, Show(Night.PreviousWorkEnd(At(t))));

    [Theory]
    [InlineData("2024-03-04 23:00", "2024-03-05 01:00", 120)]
    [InlineData("2024-03-04 00:00", "2024-03-11 00:00", 2400)]
    public void WorkBetweenCountsAcrossMidnight(string from, string to, long expected) =>
        Assert.Equal(expected, Night.WorkBetween(At(from), At(to)));

    [Theory]
    [InlineData("2024-03-04 23:59", true)]
    [InlineData("2024-03-05 00:00", true)]
    [InlineData("2024-03-05 05:59", true)]
    [InlineData("2024-03-05 06:00", false)]
    [InlineData("2024-03-04 05:00", false)]
    public void IsWorkingFollowsTheNightShift(string t, bool expected) =>
        Assert.Equal(expected, Night.IsWorking(At(t)));

    [Theory]
    [InlineData("2024-03-02 10:00", 1440, "2024-03-03 10:00")]
    [InlineData("2024-03-02 10:00", 0, "2024-03-02 10:00")]
    [InlineData("2024-02-28 23:30", 60, "2024-02-29 00:30")]
    [InlineData("2024-03-02 10:00", -90, "2024-03-02 08:30")]
    public void TwentyFourHourCalendarCountsEveryMinute(string start, long minutes, string finish) =>
        Assert.Equal(finish, Show(WorkCalendar.TwentyFourHour.AddWork(At(start), minutes)));

    [Fact]
    public void TwentyFourHourCalendarHasADayOf1440MinutesAndAWeekOf10080()
    {
        var calendar = WorkCalendar.TwentyFourHour;
        Assert.Equal(1440, calendar.MinutesPerDay);
        Assert.Equal(10080, calendar.WorkBetween(At("2024-03-04 00:00"), At("2024-03-11 00:00")));
        Assert.Equal(At("2024-03-04 00:00"), calendar.NextWorkStart(At("2024-03-04 00:00")));
        Assert.Equal(At("2024-03-04 00:00"), calendar.PreviousWorkEnd(At("2024-03-04 00:00")));
    }

    private static WorkWeek NightWeek()
    {
        var lateEvening = new[] { new WorkingPeriod(22 * 60, 1440) };
        var earlyMorning = new[] { new WorkingPeriod(0, 6 * 60) };
        var both = new[] { new WorkingPeriod(0, 6 * 60), new WorkingPeriod(22 * 60, 1440) };
        return new WorkWeek(new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>
        {
            [DayOfWeek.Monday] = lateEvening,
            [DayOfWeek.Tuesday] = both,
            [DayOfWeek.Wednesday] = both,
            [DayOfWeek.Thursday] = both,
            [DayOfWeek.Friday] = both,
            [DayOfWeek.Saturday] = earlyMorning,
        });
    }
}
