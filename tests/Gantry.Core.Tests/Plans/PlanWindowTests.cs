using Gantry.Core.Plans;
using Gantry.Scheduling.Calendars;
using Xunit;

namespace Gantry.Core.Tests.Plans;

public sealed class PlanWindowTests
{
    [Theory]
    [InlineData("2026-06-10", "2026-06-08", "2026-06-14", "2026-W24")]
    [InlineData("2026-06-08", "2026-06-08", "2026-06-14", "2026-W24")]
    [InlineData("2026-06-14", "2026-06-08", "2026-06-14", "2026-W24")]
    [InlineData("2027-01-01", "2026-12-28", "2027-01-03", "2026-W53")]
    public void AWeekRunsFromMondayToSundayAndIsNamedByItsIsoWeek(string day, string first, string last, string label)
    {
        var window = PlanWindow.For(PlanLevel.Weekly, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)), (window.First, window.Last));
        Assert.Equal(label, window.Label(PlanLevel.Weekly));
    }

    [Fact]
    public void AMonthRunsFromItsFirstToItsLastDay()
    {
        var window = PlanWindow.For(PlanLevel.Monthly, new DateOnly(2028, 2, 17));

        Assert.Equal((new DateOnly(2028, 2, 1), new DateOnly(2028, 2, 29), "2028-02"), (window.First, window.Last, window.Label(PlanLevel.Monthly)));
    }

    [Fact]
    public void AMilestoneBelongsToTheWindowItsDateFallsIn()
    {
        var window = PlanWindow.For(PlanLevel.Weekly, new DateOnly(2027, 3, 8));
        var sundayNight = new DateTime(2027, 3, 15, 0, 0, 0);

        Assert.True(window.Overlaps(new DateTime(2027, 3, 12, 17, 0, 0), new DateTime(2027, 3, 12, 17, 0, 0)));
        Assert.False(window.Overlaps(sundayNight, sundayNight));
        Assert.False(window.Overlaps(new DateTime(2027, 3, 1, 8, 0, 0), new DateTime(2027, 3, 8, 0, 0, 0)));
    }

    [Fact]
    public void TheWindowShareCountsWorkOnTheCalendarAndPlansProgressLinearlyInWorkTime()
    {
        var calendar = WorkCalendar.Compile(new CalendarDefinition { Id = "std", WorkWeek = WorkWeek.Standard });
        var secondWeek = PlanWindow.For(PlanLevel.Weekly, new DateOnly(2027, 3, 8));

        // Ten working days from Monday 1 March: the second week holds the second half.
        var share = WindowShare.Between(calendar, new DateTime(2027, 3, 1, 8, 0, 0), new DateTime(2027, 3, 12, 17, 0, 0), secondWeek, 0, 100);

        Assert.Equal(new WindowShare(new DateOnly(2027, 3, 8), new DateOnly(2027, 3, 12), 5 * 480, 50, 100), share);
    }
}
