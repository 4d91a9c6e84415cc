using Gantry.Core.Common;
using Gantry.Core.Schedules;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.Schedules;

public sealed class BaselineAndWbsTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private Task<WbsPayload> AddWbs(TestSchedule s, Guid? parent, string name, string? code = null) =>
        db.Run<AddWbsNode, WbsPayload>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, new WbsInput { ParentId = parent, Name = name, Code = code }));

    [Fact]
    public async Task VarianceAgainstABaselineShowsTheSlipPerActivityAndPerWbs()
    {
        var s = await TestSchedule.CreateAsync(db, "BL-1");
        var structure = await AddWbs(s, null, "主体结构");
        var a = await s.Activity("A", 2);
        var b = await s.Activity("B", 3);
        await s.Link(a, b);
        foreach (var id in new[] { a, b })
        {
            var row = await s.Get(id);
            await db.Run<UpdateActivity, ScheduleChange>(TestSchedule.Planner,
                u => u.ExecuteAsync(s.ProjectId, id, new ActivityPatch { WbsId = structure.Id, Version = row.Version }));
        }

        var baseline = await db.Run<SaveBaseline, BaselineSummary>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, "合同计划"));
        await db.Run<ChooseComparisonBaseline, IReadOnlyList<BaselineSummary>>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, baseline.Id));
        var loaded = await s.Get(a);
        await db.Run<UpdateActivity, ScheduleChange>(TestSchedule.Planner,
            u => u.ExecuteAsync(s.ProjectId, a, new ActivityPatch { OriginalDurationMinutes = TestSchedule.Days(4), Version = loaded.Version }));

        var variance = await db.Run<GetScheduleVariance, ScheduleVariance>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, null));

        var rowA = variance.Activities.Single(r => r.Id == a);
        var rowB = variance.Activities.Single(r => r.Id == b);
        Assert.Equal((0L, -TestSchedule.Days(2), -TestSchedule.Days(2)), (rowA.StartVarianceMinutes, rowA.FinishVarianceMinutes, rowA.DurationVarianceMinutes));
        Assert.Equal((-TestSchedule.Days(2), -TestSchedule.Days(2), 0L), (rowB.StartVarianceMinutes, rowB.FinishVarianceMinutes, rowB.DurationVarianceMinutes));
        var wbs = Assert.Single(variance.Wbs);
        Assert.Equal((0L, -TestSchedule.Days(2), -TestSchedule.Days(2)), (wbs.StartVarianceMinutes, wbs.FinishVarianceMinutes, wbs.DurationVarianceMinutes));
        var schedule = await s.Load();
        Assert.Equal(baseline.Id, schedule.ComparisonBaselineId);
        Assert.Equal(new DateTime(2027, 3, 5, 17, 0, 0), schedule.Activities.Single(x => x.Id == b).BaselineFinish);
    }

    [Fact]
    public async Task WbsCodesAreGeneratedFromTheParentAndADeleteWithActivitiesUnderItIsRefused()
    {
        var s = await TestSchedule.CreateAsync(db, "WB-1");
        var top = await AddWbs(s, null, "基础工程");
        var second = await AddWbs(s, null, "主体结构");
        var child = await AddWbs(s, top.Id, "桩基");
        var typed = await AddWbs(s, top.Id, "土方", code: "1.T");
        var a = await s.Activity("A", 1);
        var row = await s.Get(a);
        await db.Run<UpdateActivity, ScheduleChange>(TestSchedule.Planner,
            u => u.ExecuteAsync(s.ProjectId, a, new ActivityPatch { WbsId = child.Id, Version = row.Version }));

        Assert.Equal(("1", "2", "1.1", "1.T"), (top.Code, second.Code, child.Code, typed.Code));
        using var culture = new Culture("en");
        var withActivities = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<DeleteWbsNode, bool>(TestSchedule.Planner,
            async u => { await u.ExecuteAsync(s.ProjectId, child.Id, child.Version); return true; }));
        var withChildren = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<DeleteWbsNode, bool>(TestSchedule.Planner,
            async u => { await u.ExecuteAsync(s.ProjectId, top.Id, top.Version); return true; }));
        Assert.Equal("WBS node 1.1 still has 1 activities under it; move or delete them first.", withActivities.Message);
        Assert.Equal("WBS node 1 still has nodes under it; move or delete them first.", withChildren.Message);
        await db.Run<DeleteWbsNode, bool>(TestSchedule.Planner, async u => { await u.ExecuteAsync(s.ProjectId, typed.Id, typed.Version); return true; });
        Assert.Equal(3, (await s.Load()).Wbs.Count);
    }

    [Fact]
    public async Task AWbsNodeMovesAndReordersButNeverUnderItself()
    {
        var s = await TestSchedule.CreateAsync(db, "WB-2");
        var top = await AddWbs(s, null, "基础工程");
        var child = await AddWbs(s, top.Id, "桩基");
        var other = await AddWbs(s, null, "主体结构");

        var cycle = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<UpdateWbsNode, WbsPayload>(TestSchedule.Planner,
            u => u.ExecuteAsync(s.ProjectId, top.Id, new WbsInput { ParentId = child.Id, Version = top.Version })));
        var moved = await db.Run<UpdateWbsNode, WbsPayload>(TestSchedule.Planner,
            u => u.ExecuteAsync(s.ProjectId, child.Id, new WbsInput { ParentId = other.Id, Version = child.Version }));
        var reordered = await db.Run<UpdateWbsNode, WbsPayload>(TestSchedule.Planner,
            u => u.ExecuteAsync(s.ProjectId, other.Id, new WbsInput { ParentId = null, SortOrder = 1, Version = other.Version }));

        Assert.Equal("parentId", Assert.Single(cycle.Errors).Field);
        Assert.Equal(other.Id, moved.ParentId);
        Assert.Equal(1, reordered.SortOrder);
        var tree = await s.Load();
        Assert.Equal(2, tree.Wbs.Single(w => w.Id == top.Id).SortOrder);
    }
}
