using Xunit;
using static Gantry.Scheduling.Tests.Cpm.NetworkBuilder;

namespace Gantry.Scheduling.Tests.Cpm;

public class ActivityTypeTests
{
    [Fact]
    public void StartMilestoneAfterAFridayFinishSitsOnMondayMorning()
    {
        var r = new NetworkBuilder().Task("A", 5).Add(new ScheduleActivity { Id = "M", Type = ActivityType.StartMilestone }).Link("A", "M").Schedule();

        ScheduleAssert.Early(r["M"], "2024-01-15 08:00", "2024-01-15 08:00");
    }

    [Fact]
    public void FinishMilestoneSitsOnItsPredecessorsFinish()
    {
        var r = new NetworkBuilder().Task("A", 5).Add(new ScheduleActivity { Id = "M", Type = ActivityType.FinishMilestone, OriginalDurationMinutes = 3 * Day }).Link("A", "M").Schedule();

        // A milestone has no duration, whatever the input says.
        ScheduleAssert.Dates(r["M"], "2024-01-12 17:00", "2024-01-12 17:00", "2024-01-12 17:00", "2024-01-12 17:00");
    }

    [Fact]
    public void LevelOfEffortSpansFromPredecessorStartToSuccessorFinish()
    {
        var r = new NetworkBuilder()
            .Task("A", 2).Task("B", 3).Link("A", "B")
            .Add(new ScheduleActivity { Id = "L", Type = ActivityType.LevelOfEffort })
            .Link("A", "L", RelationshipType.StartToStart).Link("L", "B", RelationshipType.FinishToFinish)
            .Schedule();

        ScheduleAssert.Early(r["L"], "2024-01-08 08:00", "2024-01-12 17:00");
        ScheduleAssert.Early(r["B"], "2024-01-10 08:00", "2024-01-12 17:00");
    }

    [Fact]
    public void WbsSummaryRollsUpItsChildrenIncludingNestedSummaries()
    {
        var r = new NetworkBuilder()
            .Add(new ScheduleActivity { Id = "Top", Type = ActivityType.WbsSummary })
            .Add(new ScheduleActivity { Id = "Sub", Type = ActivityType.WbsSummary, ParentId = "Top" })
            .Add(new ScheduleActivity { Id = "A", OriginalDurationMinutes = 2 * Day, ParentId = "Sub" })
            .Add(new ScheduleActivity { Id = "B", OriginalDurationMinutes = 3 * Day, ParentId = "Top" })
            .Link("A", "B")
            .Schedule();

        ScheduleAssert.Early(r["Sub"], "2024-01-08 08:00", "2024-01-09 17:00");
        ScheduleAssert.Early(r["Top"], "2024-01-08 08:00", "2024-01-12 17:00");
    }

    [Fact]
    public void ElapsedDurationRunsThroughTheWeekend()
    {
        var r = new NetworkBuilder().Add(new ScheduleActivity { Id = "Cure", OriginalDurationMinutes = 3 * 1440, ElapsedDuration = true }).Schedule("2024-01-12 08:00");

        ScheduleAssert.Early(r["Cure"], "2024-01-12 08:00", "2024-01-15 08:00");
    }

    [Fact]
    public void ActivityOnItsOwnCalendarSkipsItsOwnHolidays()
    {
        var r = new NetworkBuilder()
            .StandardCalendar("site")
            .StandardCalendar("office", "2024-01-10")
            .Task("A", 3, "office").Task("B", 3, "site")
            .Schedule();

        ScheduleAssert.Early(r["A"], "2024-01-08 08:00", "2024-01-11 17:00");
        ScheduleAssert.Early(r["B"], "2024-01-08 08:00", "2024-01-10 17:00");
    }
}
