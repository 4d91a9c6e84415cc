using Xunit;
using static Gantry.Scheduling.Tests.Cpm.NetworkBuilder;

namespace Gantry.Scheduling.Tests.Cpm;

public class RelationshipTests
{
    [Fact]
    public void FinishToStartSuccessorStartsNextWorkingMorning()
    {
        var r = new NetworkBuilder().Task("A", 2).Task("B", 3).Link("A", "B").Schedule();

        ScheduleAssert.Dates(r["A"], "2024-01-08 08:00", "2024-01-09 17:00", "2024-01-08 08:00", "2024-01-09 17:00");
        ScheduleAssert.Dates(r["B"], "2024-01-10 08:00", "2024-01-12 17:00", "2024-01-10 08:00", "2024-01-12 17:00");
        ScheduleAssert.FloatDays(r["A"], 0, 0);
    }

    [Fact]
    public void FinishToStartLagCrossesTheWeekend()
    {
        var r = new NetworkBuilder().Task("A", 5).Task("B", 1).Link("A", "B", lagDays: 1).Schedule();

        // A ends Friday 17:00; one working day of lag is Monday, so B starts Tuesday.
        ScheduleAssert.Early(r["B"], "2024-01-16 08:00", "2024-01-16 17:00");
    }

    [Fact]
    public void FinishToStartSkipsAHoliday()
    {
        var r = new NetworkBuilder().StandardCalendar("cal", "2024-01-15").Task("A", 5).Task("B", 1).Link("A", "B").Schedule();

        ScheduleAssert.Early(r["B"], "2024-01-16 08:00", "2024-01-16 17:00");
    }

    [Fact]
    public void FinishToStartLeadOverlapsThePredecessor()
    {
        var r = new NetworkBuilder().Task("A", 5).Task("B", 2).Link("A", "B", lagDays: -1).Schedule();

        ScheduleAssert.Early(r["B"], "2024-01-12 08:00", "2024-01-15 17:00");
    }

    [Fact]
    public void LeadAcrossAHolidayCountsWorkingDaysOnly()
    {
        var r = new NetworkBuilder().StandardCalendar("cal", "2024-01-12").Task("A", 5).Task("B", 1).Link("A", "B", lagDays: -2).Schedule();

        // A: Mon 8th .. Mon 15th (Friday 12th is a holiday). Two working days back from Monday
        // 17:00 are Monday and Thursday, so B starts Thursday morning.
        ScheduleAssert.Early(r["A"], "2024-01-08 08:00", "2024-01-15 17:00");
        ScheduleAssert.Early(r["B"], "2024-01-11 08:00", "2024-01-11 17:00");
    }

    [Fact]
    public void StartToStartLagStartsAfterPredecessorStart()
    {
        var r = new NetworkBuilder().Task("A", 5).Task("B", 2).Link("A", "B", RelationshipType.StartToStart, 2).Schedule();

        ScheduleAssert.Early(r["B"], "2024-01-10 08:00", "2024-01-11 17:00");
        ScheduleAssert.FloatDays(r["B"], 1, 1);
    }

    [Fact]
    public void FinishToFinishLagSetsTheSuccessorFinish()
    {
        var r = new NetworkBuilder().Task("A", 5).Task("B", 2).Link("A", "B", RelationshipType.FinishToFinish, 1).Schedule();

        ScheduleAssert.Early(r["B"], "2024-01-12 08:00", "2024-01-15 17:00");
        ScheduleAssert.Late(r["A"], "2024-01-08 08:00", "2024-01-12 17:00");
    }

    [Fact]
    public void StartToFinishDrivesTheSuccessorFinish()
    {
        var r = new NetworkBuilder().Task("A", 5).Task("B", 2).Link("A", "B", RelationshipType.StartToFinish, 3).Schedule();

        // B may finish no earlier than A's start plus 3 days: Wednesday 17:00.
        ScheduleAssert.Early(r["B"], "2024-01-09 08:00", "2024-01-10 17:00");
    }

    [Fact]
    public void ElapsedLagCountsWeekendDays()
    {
        var r = new NetworkBuilder().Task("A", 5).Task("B", 1).Link("A", "B", lagDays: 48.0 / 8, kind: LagKind.Elapsed).Schedule();

        // 48 elapsed hours after Friday 17:00 is Sunday 17:00; B starts Monday morning.
        ScheduleAssert.Early(r["B"], "2024-01-15 08:00", "2024-01-15 17:00");
    }

    [Fact]
    public void PercentLagIsAShareOfThePredecessorDuration()
    {
        var r = new NetworkBuilder().Task("A", 4).Task("B", 1).Link("A", "B", RelationshipType.StartToStart, 50, LagKind.Percent).Schedule();

        ScheduleAssert.Early(r["B"], "2024-01-10 08:00", "2024-01-10 17:00");
    }
}
