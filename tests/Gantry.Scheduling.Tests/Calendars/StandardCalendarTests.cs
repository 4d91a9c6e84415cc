using Gantry.Scheduling.Calendars;
using Xunit;
using static Gantry.Scheduling.Tests.Calendars.CalendarTestData;

namespace Gantry.Scheduling.Tests.Calendars;

/// <summary>The default Mon–Fri 08:00–12:00, 13:00–17:00 calendar. 2024-03-01 is a Friday.</summary>
public class StandardCalendarTests
{
    private static readonly WorkCalendar Standard = WorkCalendar.Compile(new CalendarDefinition { Id = "std" });

    [Theory]
    [InlineData("2024-03-01 08:00", 0, "2024-03-01 08:00")]
    [InlineData("2024-03-01 08:00", 240, "2024-03-01 12:00")]
    [InlineData("2024-03-01 08:00", 241, "2024-03-01 13:01")]
    [InlineData("2024-03-01 08:00", 480, "2024-03-01 17:00")]
    [InlineData("2024-03-01 08:00", 481, "2024-03-04 08:01")]
    [InlineData("2024-03-01 12:00", 60, "2024-03-01 14:00")]
    [InlineData("2024-03-01 12:30", 60, "2024-03-01 14:00")]
    [InlineData("2024-03-01 17:00", 60, "2024-03-04 09:00")]
    [InlineData("2024-03-02 10:00", 480, "2024-03-04 17:00")]
    [InlineData("2024-03-01 08:00", 2400, "2024-03-07 17:00")]
    [InlineData("2024-03-01 10:15", 5, "2024-03-01 10:20")]
    [InlineData("2024-03-02 10:00", 0, "2024-03-02 10:00")]
    public void AddWorkFinishesAfterTheGivenWorkingMinutes(string start, long minutes, string finish) =>
        Assert.Equal(finish, Show(Standard.AddWork(At(start), minutes)));

    [Theory]
    [InlineData("2024-03-01 17:00", 0, "2024-03-01 17:00")]
    [InlineData("2024-03-01 17:00", 480, "2024-03-01 08:00")]
    [InlineData("2024-03-01 17:00", 240, "2024-03-01 13:00")]
    [InlineData("2024-03-01 13:00", 60, "2024-03-01 11:00")]
    [InlineData("2024-03-04 08:00", 60, "2024-03-01 16:00")]
    [InlineData("2024-03-04 09:00", 60, "2024-03-04 08:00")]
    [InlineData("2024-03-03 12:00", 480, "2024-03-01 08:00")]
    [InlineData("2024-03-04 08:00", -60, "2024-03-04 09:00")]
    public void SubtractWorkStartsTheGivenWorkingMinutesEarlier(string finish, long minutes, string start) =>
        Assert.Equal(start, Show(Standard.SubtractWork(At(finish), minutes)));

    [Theory]
    [InlineData("2024-03-01 08:00", "2024-03-01 08:00")]
    [InlineData("2024-03-01 07:59", "2024-03-01 08:00")]
    [InlineData("2024-03-01 11:59", "2024-03-01 11:59")]
    [InlineData("2024-03-01 12:00", "2024-03-01 13:00")]
    [InlineData("2024-03-01 17:00", "2024-03-04 08:00")]
    [InlineData("2024-03-02 09:00", "2024-03-04 08:00")]
    public void NextWorkStartIsTheInstantOrTheNextPeriodStart(string t, string expected) =>
        Assert.Equal(expected, Show(Standard.NextWorkStart(At(t))));

    [Theory]
    [InlineData("2024-03-01 17:00", "2024-03-01 17:00")]
    [InlineData("2024-03-01 17:01", "2024-03-01 17:00")]
    [InlineData("2024-03-01 13:00", "2024-03-01 12:00")]
    [InlineData("2024-03-01 12:30", "2024-03-01 12:00")]
    [InlineData("2024-03-04 08:00", "2024-03-01 17:00")]
    [InlineData("2024-03-04 08:01", "2024-03-04 08:01")]
    public void PreviousWorkEndIsTheInstantOrThePreviousPeriodEnd(string t, string expected) =>
        Assert.Equal(expected, Show(Standard.PreviousWorkEnd(At(t))));

    [Theory]
    [InlineData("2024-03-01 08:00", "2024-03-01 17:00", 480)]
    [InlineData("2024-03-01 17:00", "2024-03-01 08:00", -480)]
    [InlineData("2024-03-01 11:00", "2024-03-04 09:00", 360)]
    [InlineData("2024-03-02 00:00", "2024-03-04 00:00", 0)]
    [InlineData("2024-03-01 12:10", "2024-03-01 12:50", 0)]
    public void WorkBetweenCountsWorkingMinutesInTheHalfOpenSpan(string from, string to, long expected) =>
        Assert.Equal(expected, Standard.WorkBetween(At(from), At(to)));

    [Theory]
    [InlineData("2024-03-01 08:00", true)]
    [InlineData("2024-03-01 11:59", true)]
    [InlineData("2024-03-01 12:00", false)]
    [InlineData("2024-03-01 16:59", true)]
    [InlineData("2024-03-01 17:00", false)]
    [InlineData("2024-03-02 10:00", false)]
    public void IsWorkingLooksAtTheMinuteStartingAtTheInstant(string t, bool expected) =>
        Assert.Equal(expected, Standard.IsWorking(At(t)));
}
