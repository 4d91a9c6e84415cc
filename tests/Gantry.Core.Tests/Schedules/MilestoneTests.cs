using Gantry.Core.Common;
using Gantry.Core.Schedules;
using Gantry.Scheduling;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.Schedules;

/// <summary>Contractual dates, key flags and the milestone traffic light.</summary>
public sealed class MilestoneTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private Task<IReadOnlyList<MilestoneRow>> List(TestSchedule s, int tolerance = ListMilestones.DefaultToleranceDays) =>
        db.Run<ListMilestones, IReadOnlyList<MilestoneRow>>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, tolerance));

    private Task<ScheduleChange> Patch(TestSchedule s, Guid id, ActivityPatch patch) =>
        db.Run<UpdateActivity, ScheduleChange>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, id, patch));

    [Fact]
    public async Task AContractualDateAndTheKeyFlagAreStoredAndAPatchCanClearTheDate()
    {
        var s = await TestSchedule.CreateAsync(db, "MS-1");
        var task = await s.Activity("T", 3);
        var before = await s.Get(task);

        await Patch(s, task, new ActivityPatch { ContractualDate = new DateTime(2027, 3, 10), IsKeyMilestone = true, Version = before.Version });
        var flagged = await s.Get(task);
        Assert.Equal(new DateTime(2027, 3, 10), flagged.ContractualDate);
        Assert.True(flagged.IsKeyMilestone);

        // A rename leaves both alone: null in a patch means "keep".
        await Patch(s, task, new ActivityPatch { Name = "改名", Version = flagged.Version });
        var renamed = await s.Get(task);
        Assert.Equal(new DateTime(2027, 3, 10), renamed.ContractualDate);
        Assert.True(renamed.IsKeyMilestone);

        await Patch(s, task, new ActivityPatch { Clear = ["contractualDate"], IsKeyMilestone = false, Version = renamed.Version });
        var cleared = await s.Get(task);
        Assert.Null(cleared.ContractualDate);
        Assert.False(cleared.IsKeyMilestone);
    }

    [Fact]
    public async Task MilestonesAndKeyTasksAreListedButOrdinaryTasksAreNot()
    {
        var s = await TestSchedule.CreateAsync(db, "MS-2");
        var work = await s.Activity("WORK", 5);
        var key = await s.Activity("KEY", 2);
        var done = await s.Activity("M1", 0, ActivityType.FinishMilestone);
        await s.Link(work, done);
        var keyVersion = (await s.Get(key)).Version;
        await Patch(s, key, new ActivityPatch { IsKeyMilestone = true, Version = keyVersion });

        var rows = await List(s);

        Assert.Equal(new[] { "KEY", "M1" }, rows.Select(r => r.Code).Order(StringComparer.Ordinal).ToArray());
        Assert.True(rows.Single(r => r.Code == "M1").IsMilestoneActivity);
        Assert.False(rows.Single(r => r.Code == "KEY").IsMilestoneActivity);
    }

    [Fact]
    public async Task TheStatusIsGreenOnTimeAmberWithinTheToleranceAndRedBeyondIt()
    {
        var s = await TestSchedule.CreateAsync(db, "MS-3");
        var work = await s.Activity("WORK", 5);
        var milestone = await s.Activity("M1", 0, ActivityType.FinishMilestone);
        await s.Link(work, milestone);
        var version = (await s.Get(milestone)).Version;

        // Forecast: Friday 5 March 2027. Contract: Wednesday 3 March, two calendar days earlier.
        await Patch(s, milestone, new ActivityPatch { ContractualDate = new DateTime(2027, 3, 3), Version = version });
        var amber = Assert.Single(await List(s, tolerance: 7));
        Assert.Equal(2, amber.VarianceDays);
        Assert.Equal(MilestoneStatus.AtRisk, amber.Status);
        Assert.Equal(MilestoneStatus.Late, Assert.Single(await List(s, tolerance: 1)).Status);

        await Patch(s, milestone, new ActivityPatch { ContractualDate = new DateTime(2027, 3, 12), Version = amber.Version });
        var green = Assert.Single(await List(s));
        Assert.Equal(-7, green.VarianceDays);
        Assert.Equal(MilestoneStatus.OnTrack, green.Status);
    }

    [Fact]
    public async Task AnAchievedMilestoneIsDoneAndOneWithoutAnyTargetHasNoStatus()
    {
        var s = await TestSchedule.CreateAsync(db, "MS-4");
        var open = await s.Activity("OPEN", 0, ActivityType.FinishMilestone);
        var achieved = await s.Activity("DONE", 0, ActivityType.StartMilestone);
        var version = (await s.Get(achieved)).Version;
        await Patch(s, achieved, new ActivityPatch
        {
            ActualStart = TestSchedule.Start, ContractualDate = new DateTime(2027, 2, 1), Version = version,
        });

        var rows = await List(s);

        Assert.Equal(MilestoneStatus.Done, rows.Single(r => r.ActivityId == achieved).Status);
        var none = rows.Single(r => r.ActivityId == open);
        Assert.Equal(MilestoneStatus.NoTarget, none.Status);
        Assert.Null(none.VarianceDays);
    }

    [Fact]
    public async Task AToleranceOutsideZeroToAYearIsRefusedNamingTheField()
    {
        var s = await TestSchedule.CreateAsync(db, "MS-5");

        var failure = await Assert.ThrowsAsync<ValidationFailedException>(() => List(s, tolerance: -1));

        Assert.Equal("toleranceDays", Assert.Single(failure.Errors).Field);
    }
}
