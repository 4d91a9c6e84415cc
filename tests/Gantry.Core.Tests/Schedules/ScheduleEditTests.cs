using Gantry.Core.Common;
using Gantry.Core.Schedules;
using Gantry.Scheduling;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.Schedules;

/// <summary>Every edit reschedules in the same save and answers with what moved.</summary>
public sealed class ScheduleEditTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private static DateTime At(int day, int hour) => new(2027, 3, day, hour, 0, 0);

    [Fact]
    public async Task TheFourLinkTypesPlaceSuccessorsAsCriticalPathMethodDoes()
    {
        var s = await TestSchedule.CreateAsync(db, "LT-1");
        var a = await s.Activity("A", 5);
        var fs = await s.Activity("FS", 1);
        var ss = await s.Activity("SS", 1);
        var ff = await s.Activity("FF", 2);
        var sf = await s.Activity("SF", 1);

        await s.Link(a, fs);
        await s.Link(a, ss, RelationshipType.StartToStart, lag: TestSchedule.Days(1));
        await s.Link(a, ff, RelationshipType.FinishToFinish);
        await s.Link(a, sf, RelationshipType.StartToFinish, lag: TestSchedule.Days(3));

        var schedule = await s.Load();
        ActivityPayload Of(Guid id) => schedule.Activities.Single(x => x.Id == id);
        Assert.Equal((At(1, 8), At(5, 17)), (Of(a).Start, Of(a).Finish));
        Assert.Equal((At(8, 8), At(8, 17)), (Of(fs).Start, Of(fs).Finish));
        Assert.Equal(At(2, 8), Of(ss).Start);
        Assert.Equal((At(4, 8), At(5, 17)), (Of(ff).Start, Of(ff).Finish));
        // SF with 3 days lag: the successor finishes 3 working days after A starts, i.e. Wednesday evening.
        Assert.Equal((At(3, 8), At(3, 17)), (Of(sf).Start, Of(sf).Finish));
        Assert.Equal(At(8, 17), schedule.Finish);
        Assert.Equal(new[] { "FF", "FS", "SF", "SS" }, schedule.Links.Select(l => l.Type).Order().ToArray());
        Assert.All(schedule.Links, l => Assert.True(l.Driving));
        Assert.True(Of(a).Critical);
        Assert.True(Of(fs).Critical);
        Assert.False(Of(ss).Critical);
    }

    [Fact]
    public async Task ADurationEditMovesTheSuccessorsAndAnswersWithWhatMoved()
    {
        var s = await TestSchedule.CreateAsync(db, "MV-1");
        var a = await s.Activity("A", 2);
        var b = await s.Activity("B", 3);
        var unrelated = await s.Activity("C", 1);
        await s.Link(a, b);
        var before = await s.Get(a);

        var change = await db.Run<UpdateActivity, ScheduleChange>(TestSchedule.Planner,
            u => u.ExecuteAsync(s.ProjectId, a, new ActivityPatch { OriginalDurationMinutes = TestSchedule.Days(4), Version = before.Version }));

        Assert.Equal(before.Version + 1, change.Version);
        Assert.Equal(new[] { "A", "B" }, change.Moved.Select(m => m.Code).Order().ToArray());
        var movedB = change.Moved.Single(m => m.Id == b);
        Assert.Equal((At(3, 8), At(5, 17)), (movedB.OldStart, movedB.OldFinish));
        Assert.Equal((At(5, 8), At(9, 17)), (movedB.Start, movedB.Finish));
        Assert.Equal(At(9, 17), change.Finish);
        Assert.DoesNotContain(change.Moved, m => m.Id == unrelated);
        var stored = await s.Get(b);
        Assert.Equal(At(5, 8), stored.EarlyStart);
        Assert.Equal(TestSchedule.Days(4), (await s.Get(a)).RemainingDurationMinutes);
    }

    [Fact]
    public async Task ALinkThatClosesALoopIsRefusedNamingTheActivitiesAndNothingIsSaved()
    {
        var s = await TestSchedule.CreateAsync(db, "LP-1");
        var a = await s.Activity("A", 1);
        var b = await s.Activity("B", 1);
        var c = await s.Activity("C", 1);
        await s.Link(a, b);
        await s.Link(b, c);

        using var culture = new Culture("en");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => s.Link(c, a));

        Assert.Equal("predecessorId", Assert.Single(error.Errors).Field);
        Assert.Contains("loop", error.Message, StringComparison.Ordinal);
        foreach (var code in new[] { "A", "B", "C" })
        {
            Assert.Contains(code, error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(2, (await s.Load()).Links.Count);
    }

    [Fact]
    public async Task ASecondLinkOfTheSameTypeBetweenTheSameActivitiesAndALinkToItselfAreRefused()
    {
        var s = await TestSchedule.CreateAsync(db, "DU-1");
        var a = await s.Activity("A", 1);
        var b = await s.Activity("B", 1);
        await s.Link(a, b);

        using var culture = new Culture("en");
        var duplicate = await Assert.ThrowsAsync<ValidationFailedException>(() => s.Link(a, b));
        await s.Link(a, b, RelationshipType.StartToStart);
        var itself = await Assert.ThrowsAsync<ValidationFailedException>(() => s.Link(a, a));

        Assert.Equal("A is already linked to B by a link of this type; change that link instead.", duplicate.Message);
        Assert.Equal("Activity A cannot be linked to itself.", itself.Message);
    }

    [Fact]
    public async Task TwoPlannersEditingTheSameActivityTheSecondGetsAConflict()
    {
        var s = await TestSchedule.CreateAsync(db, "CC-1");
        var a = await s.Activity("A", 2);
        var loaded = await s.Get(a);

        await db.Run<UpdateActivity, ScheduleChange>(TestSchedule.Planner,
            u => u.ExecuteAsync(s.ProjectId, a, new ActivityPatch { Name = "第一位的修改", Version = loaded.Version }));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Run<UpdateActivity, ScheduleChange>(TestSchedule.Planner,
            u => u.ExecuteAsync(s.ProjectId, a, new ActivityPatch { Name = "第二位的修改", Version = loaded.Version })));

        Assert.Equal("第一位的修改", (await s.Get(a)).Name);
    }

    [Fact]
    public async Task ARescheduleThatMovesAnActivityDoesNotInvalidateItsVersion()
    {
        var s = await TestSchedule.CreateAsync(db, "RV-1");
        var a = await s.Activity("A", 2);
        var b = await s.Activity("B", 2);
        await s.Link(a, b);
        var loadedB = await s.Get(b);
        var loadedA = await s.Get(a);

        await db.Run<UpdateActivity, ScheduleChange>(TestSchedule.Planner,
            u => u.ExecuteAsync(s.ProjectId, a, new ActivityPatch { OriginalDurationMinutes = TestSchedule.Days(5), Version = loadedA.Version }));
        var change = await db.Run<UpdateActivity, ScheduleChange>(TestSchedule.Planner,
            u => u.ExecuteAsync(s.ProjectId, b, new ActivityPatch { Name = "B 改名", Version = loadedB.Version }));

        Assert.Equal(loadedB.Version + 1, change.Version);
    }

    [Fact]
    public async Task DeletingAnActivityDeletesItsLinksAndPullsTheSuccessorBack()
    {
        var s = await TestSchedule.CreateAsync(db, "DL-1");
        var a = await s.Activity("A", 3);
        var b = await s.Activity("B", 1);
        await s.Link(a, b);
        var loaded = await s.Get(a);

        var change = await db.Run<DeleteActivity, ScheduleChange>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, a, loaded.Version));

        var movedB = Assert.Single(change.Moved);
        Assert.Equal(At(1, 8), movedB.Start);
        Assert.Empty((await s.Load()).Links);
    }
}
