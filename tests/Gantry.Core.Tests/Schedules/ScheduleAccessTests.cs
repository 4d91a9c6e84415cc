using Gantry.Core.Common;
using Gantry.Core.Schedules;
using Gantry.Scheduling;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Gantry.Core.Tests.Schedules;

/// <summary>Who sees and edits the demo schedule of 滨江花园3号楼.</summary>
public sealed class ScheduleAccessTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private Task<Guid> Project(string code) => db.Query(d => d.Projects.Where(p => p.Code == code).Select(p => p.Id).SingleAsync());

    private async Task<SchedulePayload> Load(string user) =>
        await db.Run<GetSchedule, SchedulePayload>(user, async u => await u.ExecuteAsync(await Project("BJHY-3")));

    [Fact]
    public async Task TheDemoProjectHasABelievableProgrammeWithProgressAndAnApprovedBaseline()
    {
        var schedule = await Load("planner.li");

        Assert.InRange(schedule.Activities.Count, 50, 70);
        Assert.Equal(7, schedule.Wbs.Count);
        Assert.Equal(new[] { "FF", "FS", "SF", "SS" }, schedule.Links.Select(l => l.Type).Distinct().Order().ToArray());
        Assert.Contains(schedule.Activities, a => a.ActualFinish is not null);
        Assert.Contains(schedule.Activities, a => a.ActualStart is not null && a.ActualFinish is null);
        Assert.Contains(schedule.Activities, a => a.Critical);
        Assert.Equal(new DateTime(2026, 6, 1, 8, 0, 0), schedule.DataDate);
        Assert.NotNull(schedule.ComparisonBaselineId);
        Assert.All(schedule.Activities, a => Assert.NotNull(a.BaselineStart));
        Assert.Contains(schedule.Calendars, c => c.IncludeChinaHolidays && c.Rules.Exceptions.Any(e => e.Reason == CalendarExceptionReason.Weather));
        var baselines = await db.Run<ListBaselines, IReadOnlyList<BaselineSummary>>("planner.li", async u => await u.ExecuteAsync(await Project("BJHY-3")));
        Assert.NotNull(Assert.Single(baselines).ApprovedAt);
        // Nothing in the demo works on 1 May (Labour Day): China's holidays are on.
        Assert.DoesNotContain(schedule.Activities, a => a.ActualStart?.Date == new DateTime(2026, 5, 1));
    }

    [Fact]
    public async Task ASubcontractorSeesOnlyItsOwnActivitiesAndTheMilestones()
    {
        var all = await Load("site.wang");
        var mep = await Load("sub.sun");
        var facade = await Load("sub.zhou");

        Assert.Contains(mep.Activities, a => a.Type == ActivityType.Task);
        Assert.All(mep.Activities, a => Assert.True(a.Type is ActivityType.StartMilestone or ActivityType.FinishMilestone
            || a.ResponsibleOrganisationName == "宏远机电安装工程有限公司", a.Code));
        Assert.DoesNotContain(mep.Activities, a => a.ResponsibleOrganisationName == "精诚幕墙装饰工程有限公司");
        Assert.DoesNotContain(facade.Activities, a => a.ResponsibleOrganisationName == "宏远机电安装工程有限公司");
        var visible = mep.Activities.Select(a => a.Id).ToHashSet();
        Assert.All(mep.Links, l => Assert.True(visible.Contains(l.PredecessorId) && visible.Contains(l.SuccessorId)));
        Assert.True(all.Activities.Count > mep.Activities.Count);
    }

    [Fact]
    public async Task ASubcontractorCannotEditTheSchedule()
    {
        var schedule = await Load("sub.sun");
        var own = schedule.Activities.First(a => a.Type == ActivityType.Task);

        await Assert.ThrowsAsync<ForbiddenException>(async () => await db.Run<UpdateActivity, ScheduleChange>("sub.sun",
            async u => await u.ExecuteAsync(await Project("BJHY-3"), own.Id, new ActivityPatch { Name = "改", Version = own.Version })));
    }

    [Fact]
    public async Task ASiteEngineerSeesEverythingButCannotEditTheMasterSchedule()
    {
        var schedule = await Load("site.wang");
        var planner = await Load("planner.li");

        Assert.Equal(planner.Activities.Count, schedule.Activities.Count);
        await Assert.ThrowsAsync<ForbiddenException>(async () => await db.Run<AddActivity, ScheduleChange>("site.wang",
            async u => await u.ExecuteAsync(await Project("BJHY-3"), new ActivityInput { Code = "X1", Name = "现场加的", OriginalDurationMinutes = 480 })));
    }

    [Fact]
    public async Task AViewerReadsTheScheduleButCannotEditIt()
    {
        var schedule = await Load("owner.liu");
        var first = schedule.Activities[1];

        Assert.Equal((await Load("planner.li")).Activities.Count, schedule.Activities.Count);
        await Assert.ThrowsAsync<ForbiddenException>(async () => await db.Run<UpdateActivity, ScheduleChange>("owner.liu",
            async u => await u.ExecuteAsync(await Project("BJHY-3"), first.Id, new ActivityPatch { OriginalDurationMinutes = 960, Version = first.Version })));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await db.Run<SaveBaseline, BaselineSummary>("owner.liu",
            async u => await u.ExecuteAsync(await Project("BJHY-3"), "业主的")));
    }

    [Fact]
    public async Task ANonMemberGetsNotFoundForTheSchedule()
    {
        await Assert.ThrowsAsync<NotFoundException>(async () => await db.Run<GetSchedule, SchedulePayload>("sub.zhou",
            async u => await u.ExecuteAsync(await Project("BJHY-GK"))));
    }

    [Fact]
    public async Task APlannerSavesABaselineButOnlyTheProjectManagerApprovesIt()
    {
        var saved = await db.Run<SaveBaseline, BaselineSummary>("planner.li", async u => await u.ExecuteAsync(await Project("BJHY-3"), "六月更新"));

        await Assert.ThrowsAsync<ForbiddenException>(async () => await db.Run<ApproveBaseline, BaselineSummary>("planner.li",
            async u => await u.ExecuteAsync(await Project("BJHY-3"), saved.Id, saved.Version)));
        var approved = await db.Run<ApproveBaseline, BaselineSummary>("pm.zhang",
            async u => await u.ExecuteAsync(await Project("BJHY-3"), saved.Id, saved.Version));

        Assert.Equal("张伟", approved.ApprovedByName);
        Assert.Equal(db.Clock.GetUtcNow().UtcDateTime, approved.ApprovedAt);
        Assert.Equal("李娜", approved.SavedByName);
    }
}
