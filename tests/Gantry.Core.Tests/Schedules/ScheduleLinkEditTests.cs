using Gantry.Core.Common;
using Gantry.Core.Schedules;
using Gantry.Scheduling;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.Schedules;

/// <summary>
/// Link edits and the rows a reschedule writes: the schedule is read without tracking, so every row
/// an edit or the engine changes must still reach the database.
/// </summary>
public sealed class ScheduleLinkEditTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private static DateTime At(int day, int hour) => new(2027, 3, day, hour, 0, 0);

    [Fact]
    public async Task ChangingALinksLagIsSavedAndMovesTheSuccessor()
    {
        var s = await TestSchedule.CreateAsync(db, "UL-1");
        var a = await s.Activity("A", 2);
        var b = await s.Activity("B", 1);
        var link = (await s.Link(a, b)).Id!.Value;
        var loaded = (await s.Load()).Links.Single();

        var change = await db.Run<UpdateLink, ScheduleChange>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, link,
            new LinkInput { Type = RelationshipType.FinishToStart, LagMinutes = TestSchedule.Days(2), Version = loaded.Version }));

        var movedB = Assert.Single(change.Moved);
        Assert.Equal((At(5, 8), At(5, 17)), (movedB.Start, movedB.Finish));
        var stored = (await s.Load()).Links.Single();
        Assert.Equal(TestSchedule.Days(2), stored.LagMinutes);
        Assert.Equal(loaded.Version + 1, stored.Version);
        Assert.Equal(At(5, 8), (await s.Get(b)).Start);
    }

    [Fact]
    public async Task DeletingALinkPullsTheSuccessorBackAndAStaleVersionIsAConflict()
    {
        var s = await TestSchedule.CreateAsync(db, "DLK-1");
        var a = await s.Activity("A", 3);
        var b = await s.Activity("B", 1);
        var link = (await s.Link(a, b)).Id!.Value;
        var loaded = (await s.Load()).Links.Single();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Run<DeleteLink, ScheduleChange>(TestSchedule.Planner,
            u => u.ExecuteAsync(s.ProjectId, link, loaded.Version + 1)));
        var change = await db.Run<DeleteLink, ScheduleChange>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, link, loaded.Version));

        Assert.Equal(At(1, 8), Assert.Single(change.Moved).Start);
        Assert.Empty((await s.Load()).Links);
        Assert.Equal(At(1, 8), (await s.Get(b)).Start);
    }

    [Fact]
    public async Task ADurationEditSavesTheDrivingFlagsOfLinksItDidNotTouch()
    {
        var s = await TestSchedule.CreateAsync(db, "DRV-1");
        var shortOne = await s.Activity("SHORT", 2);
        var longOne = await s.Activity("LONG", 4);
        var merge = await s.Activity("MERGE", 1);
        await s.Link(shortOne, merge);
        await s.Link(longOne, merge);
        bool Driving(SchedulePayload p, Guid predecessor) => p.Links.Single(l => l.PredecessorId == predecessor).Driving;
        var before = await s.Load();
        Assert.True(Driving(before, longOne));
        Assert.False(Driving(before, shortOne));

        var loaded = before.Activities.Single(x => x.Id == longOne);
        await db.Run<UpdateActivity, ScheduleChange>(TestSchedule.Planner,
            u => u.ExecuteAsync(s.ProjectId, longOne, new ActivityPatch { OriginalDurationMinutes = TestSchedule.Days(1), Version = loaded.Version }));

        var after = await s.Load();
        Assert.True(Driving(after, shortOne));
        Assert.False(Driving(after, longOne));
        Assert.Equal(At(3, 8), after.Activities.Single(x => x.Id == merge).Start);
    }
}
