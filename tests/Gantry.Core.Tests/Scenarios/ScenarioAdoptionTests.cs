using Gantry.Core.Common;
using Gantry.Core.Scenarios;
using Gantry.Core.Schedules;
using Gantry.Core.Tests.Schedules;
using Gantry.Scheduling;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.Scenarios;

/// <summary>Adopting replays a scenario on the live schedule in one transaction, or not at all.</summary>
public sealed class ScenarioAdoptionTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private static DateTime At(int day, int hour) => new(2027, 3, day, hour, 0, 0);

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
    public async Task AdoptingReplaysEveryChangeOnTheLiveScheduleAndGivesTheScenariosFinish()
    {
        var (s, steps, a, b, c, d) = await Chain("AD-1");
        var ab = (await s.Load()).Links.Single(l => l.PredecessorId == a && l.SuccessorId == b);
        var scenario = await steps.Copy();
        scenario = await steps.Change(scenario, ScenarioSteps.Duration(b, 1));
        scenario = await steps.Change(scenario, new ScenarioChange
        {
            Kind = ScenarioChangeKind.ChangeLink, LinkId = ab.Id, LinkType = RelationshipType.StartToStart, LagMinutes = TestSchedule.Days(2),
        });
        scenario = await steps.Change(scenario, new ScenarioChange { Kind = ScenarioChangeKind.AddCalendar, Calendar = new CalendarInput { Name = "夜班" } });
        var night = (await steps.Get(scenario)).Schedule.Calendars.Single(x => x.Name == "夜班").Id;
        scenario = await steps.Change(scenario, new ScenarioChange
        {
            Kind = ScenarioChangeKind.AddActivity, Code = "X", Name = "新增", DurationMinutes = TestSchedule.Days(1), CalendarId = night,
        });
        var x = (await steps.Get(scenario)).Schedule.Activities.Single(y => y.Code == "X").Id;
        scenario = await steps.Change(scenario, new ScenarioChange { Kind = ScenarioChangeKind.AddLink, PredecessorId = c, SuccessorId = x });
        scenario = await steps.Change(scenario, new ScenarioChange { Kind = ScenarioChangeKind.RemoveActivity, ActivityId = d });
        scenario = await steps.Change(scenario, new ScenarioChange
        {
            Kind = ScenarioChangeKind.ChangeActivity, ActivityId = a, ConstraintType = ConstraintType.StartNoEarlierThan, ConstraintDate = At(2, 8),
        });
        var expected = await steps.Get(scenario);

        var adoption = await steps.Adopt(scenario);

        var live = await s.Load();
        Assert.Equal(ScenarioStatus.Adopted, adoption.Scenario.Status);
        Assert.Equal("张伟", adoption.Scenario.DecidedByName);
        Assert.Equal(expected.Schedule.Finish, live.Finish);
        Assert.Equal(expected.Schedule.Finish, adoption.Finish);
        Assert.Equal(TestSchedule.Days(1), live.Activities.Single(y => y.Id == b).OriginalDurationMinutes);
        Assert.Equal("SS", live.Links.Single(l => l.Id == ab.Id).Type);
        Assert.DoesNotContain(live.Activities, y => y.Id == d);
        var liveX = live.Activities.Single(y => y.Code == "X");
        Assert.Equal(live.Calendars.Single(y => y.Name == "夜班").Id, liveX.CalendarId);
        Assert.Contains(live.Links, l => l.PredecessorId == c && l.SuccessorId == liveX.Id);
        Assert.Equal(ConstraintType.StartNoEarlierThan, live.Activities.Single(y => y.Id == a).Constraint!.Type);
        foreach (var planned in expected.Schedule.Activities)
        {
            var actual = live.Activities.Single(y => y.Code == planned.Code);
            Assert.Equal((planned.Code, planned.Start, planned.Finish, planned.Critical), (actual.Code, actual.Start, actual.Finish, actual.Critical));
        }

        var comparison = await db.Run<GetScenario, ScenarioComparison>(TestSchedule.Planner, u => u.CompareAsync(s.ProjectId, scenario.Id));
        Assert.Equal(0, comparison.FinishDifferenceDays);
    }

    [Fact]
    public async Task AdoptingIsRefusedNamingTheActivityWhenItWasEditedInTheLiveScheduleAfterTheCopy()
    {
        var (s, steps, _, b, c, _) = await Chain("AD-2");
        var scenario = await steps.Copy();
        scenario = await steps.Change(scenario, ScenarioSteps.Duration(b, 1));
        scenario = await steps.Change(scenario, ScenarioSteps.Duration(c, 1));
        var liveC = await s.Get(c);
        await db.Run<UpdateActivity, ScheduleChange>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, c,
            new ActivityPatch { OriginalDurationMinutes = TestSchedule.Days(6), Version = liveC.Version }));

        using var culture = new Culture("en");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => steps.Adopt(scenario));

        Assert.Equal("Activity C was changed in the live schedule after this scenario was copied.", error.Message);
        Assert.Equal(TestSchedule.Days(3), (await s.Get(b)).OriginalDurationMinutes);
        Assert.Equal(TestSchedule.Days(6), (await s.Get(c)).OriginalDurationMinutes);
        Assert.Equal(ScenarioStatus.Open, (await steps.Get(scenario)).Scenario.Status);
    }

    [Fact]
    public async Task ARescheduleThatOnlyMovedATouchedActivityDoesNotBlockAdoption()
    {
        var (s, steps, a, _, c, _) = await Chain("AD-3");
        var scenario = await steps.Copy();
        scenario = await steps.Change(scenario, ScenarioSteps.Duration(c, 1));
        var liveA = await s.Get(a);
        // Lengthening A moves C in the live schedule, but nobody edited C itself.
        await db.Run<UpdateActivity, ScheduleChange>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, a,
            new ActivityPatch { OriginalDurationMinutes = TestSchedule.Days(6), Version = liveA.Version }));

        var adoption = await steps.Adopt(scenario);

        Assert.Equal(At(12, 17), adoption.Finish);
    }

    [Fact]
    public async Task AdoptingIsAllOrNothingWhenALaterChangeIsRefusedByTheLiveSchedule()
    {
        var (s, steps, a, _, _, d) = await Chain("AD-4");
        var scenario = await steps.Copy();
        scenario = await steps.Change(scenario, ScenarioSteps.Duration(a, 1));
        scenario = await steps.Change(scenario, new ScenarioChange { Kind = ScenarioChangeKind.AddLink, PredecessorId = d, SuccessorId = a });
        // Meanwhile the live schedule got A → D: adding D → A now closes a loop. Adding a link edits neither activity.
        await s.Link(a, d);

        using var culture = new Culture("en");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => steps.Adopt(scenario));

        Assert.Contains("loop", error.Message, StringComparison.Ordinal);
        Assert.Equal(TestSchedule.Days(5), (await s.Get(a)).OriginalDurationMinutes);
        Assert.DoesNotContain((await s.Load()).Links, l => l.PredecessorId == d && l.SuccessorId == a);
        Assert.Equal(ScenarioStatus.Open, (await steps.Get(scenario)).Scenario.Status);
    }

    [Fact]
    public async Task AnAdoptedScenarioCannotBeAdoptedAgainOrDeleted()
    {
        var (s, steps, _, b, _, _) = await Chain("AD-5");
        var scenario = await steps.Copy();
        scenario = await steps.Change(scenario, ScenarioSteps.Duration(b, 2));
        var adopted = (await steps.Adopt(scenario)).Scenario;

        await Assert.ThrowsAsync<ValidationFailedException>(() => steps.Adopt(adopted));
        await Assert.ThrowsAsync<ValidationFailedException>(() =>
            db.Run<DiscardScenario, ScenarioSummary?>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, adopted.Id, adopted.Version, delete: true)));
    }
}
