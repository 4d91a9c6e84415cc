using Gantry.Core.Common;
using Gantry.Core.Scenarios;
using Gantry.Core.Schedules;
using Gantry.Core.Tests.Schedules;
using Gantry.Scheduling;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.Scenarios;

/// <summary>A scenario is a copy of the live schedule that changes and reschedules on its own, compared with the live one.</summary>
public sealed class ScenarioTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private static DateTime At(int day, int hour) => new(2027, 3, day, hour, 0, 0);

    /// <summary>A (5 days) → B (3) → C (2) is the critical path, finishing Friday 12 March; D (2) floats.</summary>
    private async Task<(TestSchedule S, ScenarioSteps Steps, Guid A, Guid B, Guid C, Guid D)> Chain(string code)
    {
        var s = await TestSchedule.CreateAsync(db, code);
        var a = await s.Activity("A", 5);
        var b = await s.Activity("B", 3);
        var c = await s.Activity("C", 2);
        var d = await s.Activity("D", 2);
        await s.Link(a, b);
        await s.Link(b, c);
        return (s, new ScenarioSteps(db, s), a, b, c, d);
    }

    [Fact]
    public async Task AShorterCriticalActivityFinishesTheScenarioEarlierAndLeavesTheLiveScheduleAlone()
    {
        var (s, steps, _, b, c, _) = await Chain("SC-1");
        var scenario = await steps.Copy();
        Assert.Equal(At(12, 17), scenario.CopiedFinish);

        scenario = await steps.Change(scenario, ScenarioSteps.Duration(b, 1));
        var details = await steps.Get(scenario);

        Assert.Equal(At(10, 17), scenario.Finish);
        Assert.Equal(At(10, 17), details.Schedule.Finish);
        Assert.Equal(At(12, 17), details.Comparison.LiveFinish);
        Assert.Equal(-2, details.Comparison.FinishDifferenceDays);
        var movedC = details.Comparison.Activities.Single(x => x.Id == c);
        Assert.Equal((At(11, 8), At(9, 8), -2.0), (movedC.LiveStart!.Value, movedC.ScenarioStart!.Value, movedC.StartDifferenceDays!.Value));
        Assert.Equal(2, details.Comparison.UnchangedCount);
        Assert.Equal("B", Assert.Single(details.Changes).ActivityCode);
        Assert.Equal(At(12, 17), (await s.Load()).Finish);
        Assert.Equal(TestSchedule.Days(3), (await s.Get(b)).OriginalDurationMinutes);
    }

    [Fact]
    public async Task OverlappingTwoCriticalActivitiesStartToStartWithALagPullsTheFinishIn()
    {
        var (s, steps, a, b, _, d) = await Chain("SC-2");
        var link = (await s.Load()).Links.Single(l => l.PredecessorId == a && l.SuccessorId == b);
        var scenario = await steps.Copy();

        scenario = await steps.Change(scenario, new ScenarioChange
        {
            Kind = ScenarioChangeKind.ChangeLink, LinkId = link.Id, LinkType = RelationshipType.StartToStart, LagMinutes = TestSchedule.Days(2),
        });
        var details = await steps.Get(scenario);

        // B now starts two days into A (Wednesday) and C follows B: the project ends on Tuesday 9 March, three working days earlier.
        Assert.Equal(At(9, 17), details.Schedule.Finish);
        Assert.Equal(-3, details.Comparison.FinishDifferenceDays);
        Assert.Equal("SS", details.Schedule.Links.Single(l => l.Id == link.Id).Type);
        Assert.Equal(At(3, 8), details.Schedule.Activities.Single(x => x.Id == b).Start);
        Assert.DoesNotContain(details.Comparison.BecameCritical, x => x.Id == d);
    }

    [Fact]
    public async Task ATwentyFourHourCalendarAddedByTheScenarioShortensTheActivityItIsAssignedTo()
    {
        var (_, steps, _, b, _, _) = await Chain("SC-3");
        var scenario = await steps.Copy("三班倒");
        var roundTheClock = new CalendarRules { Week = Enumerable.Range(0, 7).Select(_ => (IReadOnlyList<PeriodRule>)[new PeriodRule(0, 1440)]).ToList() };

        scenario = await steps.Change(scenario, new ScenarioChange
        {
            Kind = ScenarioChangeKind.AddCalendar, Calendar = new CalendarInput { Name = "24小时", MinutesPerDay = 1440, Rules = roundTheClock },
        });
        var calendar = (await steps.Get(scenario)).Schedule.Calendars.Single(x => x.Name == "24小时");
        scenario = await steps.Change(scenario, new ScenarioChange { Kind = ScenarioChangeKind.ChangeActivity, ActivityId = b, CalendarId = calendar.Id });
        var details = await steps.Get(scenario);

        // B's 24 working hours run round the clock from the moment A finishes (Friday 17:00), through Saturday;
        // C, on the standard week, starts Monday: the project ends on Tuesday, three working days earlier.
        var scheduledB = details.Schedule.Activities.Single(x => x.Id == b);
        Assert.Equal((At(5, 17), At(6, 17)), (scheduledB.Start, scheduledB.Finish));
        Assert.Equal(At(9, 17), details.Schedule.Finish);
        Assert.Equal(-3, details.Comparison.FinishDifferenceDays);
        Assert.Equal("24小时", details.Changes[^1].CalendarName);
    }

    [Fact]
    public async Task ActivitiesAndLinksCanBeAddedAndRemovedAndTheComparisonListsThemAsOneSided()
    {
        var (_, steps, a, _, c, d) = await Chain("SC-4");
        var scenario = await steps.Copy();

        scenario = await steps.Change(scenario, new ScenarioChange
        {
            Kind = ScenarioChangeKind.AddActivity, Code = "X", Name = "新增验收", DurationMinutes = TestSchedule.Days(4),
        });
        var x = (await steps.Get(scenario)).Schedule.Activities.Single(y => y.Code == "X").Id;
        scenario = await steps.Change(scenario, new ScenarioChange { Kind = ScenarioChangeKind.AddLink, PredecessorId = c, SuccessorId = x });
        scenario = await steps.Change(scenario, new ScenarioChange { Kind = ScenarioChangeKind.RemoveActivity, ActivityId = d });
        var details = await steps.Get(scenario);

        Assert.Equal(3, scenario.ChangeCount);
        Assert.Equal(4, details.Comparison.FinishDifferenceDays);
        var added = details.Comparison.Activities.Single(y => y.Id == x);
        Assert.Null(added.LiveStart);
        Assert.True(added.ScenarioCritical);
        var removed = details.Comparison.Activities.Single(y => y.Id == d);
        Assert.Null(removed.ScenarioStart);
        Assert.Contains(details.Comparison.BecameCritical, y => y.Code == "X");
        Assert.Equal(("C", "X"), (details.Changes[1].PredecessorCode, details.Changes[1].SuccessorCode));
        Assert.DoesNotContain(details.Schedule.Activities, y => y.Id == d);
        Assert.Contains(details.Schedule.Activities, y => y.Id == a);
    }

    [Fact]
    public async Task ALinkThatClosesALoopInTheScenarioIsRefusedNamingTheActivitiesAndIsNotRecorded()
    {
        var (_, steps, a, _, c, _) = await Chain("SC-5");
        var scenario = await steps.Copy();

        using var culture = new Culture("en");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            steps.Change(scenario, new ScenarioChange { Kind = ScenarioChangeKind.AddLink, PredecessorId = c, SuccessorId = a }));

        Assert.Contains("A", error.Message, StringComparison.Ordinal);
        Assert.Contains("C", error.Message, StringComparison.Ordinal);
        Assert.Contains("loop", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await steps.Get(scenario)).Scenario.ChangeCount);
    }

    [Fact]
    public async Task AChangeNamingAnActivityTheScenarioDoesNotHaveIsRefusedByField()
    {
        var (_, steps, _, _, _, _) = await Chain("SC-6");
        var scenario = await steps.Copy();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => steps.Change(scenario, ScenarioSteps.Duration(Guid.NewGuid(), 2)));

        Assert.Equal("activityId", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task ADiscardedScenarioIsKeptButTakesNoMoreChangesAndCanBeDeleted()
    {
        var (s, steps, _, b, _, _) = await Chain("SC-7");
        var scenario = await steps.Copy();

        var discarded = await db.Run<DiscardScenario, ScenarioSummary?>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, scenario.Id, scenario.Version));

        Assert.Equal(ScenarioStatus.Discarded, discarded!.Status);
        Assert.Equal("张伟", discarded.DecidedByName);
        await Assert.ThrowsAsync<ValidationFailedException>(() => steps.Change(discarded, ScenarioSteps.Duration(b, 1)));
        var list = await db.Run<ListScenarios, IReadOnlyList<ScenarioSummary>>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId));
        Assert.Equal(ScenarioStatus.Discarded, Assert.Single(list).Status);

        await db.Run<DiscardScenario, ScenarioSummary?>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, scenario.Id, discarded.Version, delete: true));
        Assert.Empty(await db.Run<ListScenarios, IReadOnlyList<ScenarioSummary>>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId)));
    }

    [Fact]
    public async Task UndoTakesBackTheLastChange()
    {
        var (s, steps, _, b, _, _) = await Chain("SC-8");
        var scenario = await steps.Copy();
        scenario = await steps.Change(scenario, ScenarioSteps.Duration(b, 1));

        var undone = await db.Run<UndoScenarioChange, ScenarioSummary>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, scenario.Id, scenario.Version));

        Assert.Equal(0, undone.ChangeCount);
        Assert.Equal(At(12, 17), undone.Finish);
    }
}
