using Gantry.Core.Common;
using Gantry.Core.Plans;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Gantry.Core.Tests.Plans;

/// <summary>Who prepares, approves and sees the plans of the demo project 滨江花园3号楼 (data date 2026-06-01).</summary>
public sealed class PlanAccessTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private DateOnly Week { get; set; }

    private async Task<(TestPlans Plans, Guid Contractor, Guid Mep)> Demo()
    {
        var project = await db.Query(d => d.Projects.Where(p => p.Code == "BJHY-3").Select(p => p.Id).SingleAsync());
        var contractor = await db.Query(d => d.Organisations.Where(o => o.Code == "JCJG").Select(o => o.Id).SingleAsync());
        var mep = await db.Query(d => d.Organisations.Where(o => o.Code == "HYJD").Select(o => o.Id).SingleAsync());
        // A week after the data date in which the MEP subcontractor has work.
        var mepStart = await db.Query(d => d.Activities.Where(a => a.ProjectId == project && a.ResponsibleOrganisationId == mep
            && a.EarlyStart > new DateTime(2026, 6, 1)).MinAsync(a => a.EarlyStart));
        Week = DateOnly.FromDateTime(mepStart!.Value);
        return (new TestPlans(db, project), contractor, mep);
    }

    [Fact]
    public async Task ASiteEngineerPreparesOnlyHisOwnOrganisationsPlans()
    {
        var (plans, contractor, mep) = await Demo();

        var own = await plans.Create("site.wang", PlanLevel.Weekly, Week, contractor);
        await Assert.ThrowsAsync<ForbiddenException>(() => plans.Create("site.wang", PlanLevel.Weekly, Week, mep));
        await Assert.ThrowsAsync<ForbiddenException>(() => plans.Create("site.wang", PlanLevel.Weekly, Week));
        var mepPlan = await plans.Create("planner.li", PlanLevel.Weekly, Week, mep);
        await Assert.ThrowsAsync<ForbiddenException>(() => plans.AddTask("site.wang", mepPlan, mepPlan.Items[0].Id, Week, "安装一班"));

        Assert.NotEmpty(own.Items);
        Assert.All(own.Items, i => Assert.Equal(contractor, i.ResponsibleOrganisationId));
        Assert.True(own.CanEdit);
        Assert.False(own.CanApprove);
        Assert.NotEmpty(mepPlan.Items);
    }

    [Fact]
    public async Task OnlyTheProjectManagerApprovesAndPublishes()
    {
        var (plans, contractor, _) = await Demo();
        var plan = await plans.Submit("planner.li", await plans.Create("planner.li", PlanLevel.Weekly, Week, contractor));

        await Assert.ThrowsAsync<ForbiddenException>(() => plans.Approve("planner.li", plan));
        await Assert.ThrowsAsync<ForbiddenException>(() => plans.Approve("site.wang", plan));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<RejectPlan, PlanDetails>("planner.li",
            u => u.ExecuteAsync(plan.ProjectId, plan.Id, "不同意", plan.Version)));
        var approved = await plans.Approve("pm.zhang", plan);
        await Assert.ThrowsAsync<ForbiddenException>(() => plans.Publish("planner.li", approved));
        var published = await plans.Publish("pm.zhang", approved);

        Assert.Equal(PlanStatus.Published, published.Status);
    }

    [Fact]
    public async Task ASubcontractorSeesOnlyThePublishedPlansOfHisOwnOrganisation()
    {
        var (plans, _, mep) = await Demo();
        var draft = await plans.Create("planner.li", PlanLevel.Weekly, Week.AddDays(7), mep);
        var published = await plans.Issue("planner.li", await plans.Create("planner.li", PlanLevel.Weekly, Week, mep));

        await Assert.ThrowsAsync<NotFoundException>(() => plans.Get("sub.sun", draft.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => plans.Get("sub.zhou", published.Id));
        var seen = await plans.Get("sub.sun", published.Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => plans.Create("sub.sun", PlanLevel.Weekly, Week, mep));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<RevisePlan, PlanDetails>("sub.sun", u => u.ExecuteAsync(published.ProjectId, published.Id)));

        Assert.False(seen.CanEdit);
        var mepList = await plans.List("sub.sun");
        Assert.Contains(mepList, p => p.Id == published.Id);
        Assert.All(mepList, p => Assert.Equal((PlanStatus.Published, mep), (p.Status, p.ResponsibleOrganisationId!.Value)));
        Assert.DoesNotContain(await plans.List("sub.zhou"), p => p.Id == published.Id);
    }

    [Fact]
    public async Task ViewersReadPublishedPlansOnlyAndChangeNothing()
    {
        var (plans, contractor, _) = await Demo();
        var draft = await plans.Create("planner.li", PlanLevel.Monthly, new DateOnly(2026, 8, 1), contractor);
        var published = await plans.Issue("planner.li", await plans.Create("planner.li", PlanLevel.Monthly, new DateOnly(2026, 9, 1), contractor));

        await Assert.ThrowsAsync<NotFoundException>(() => plans.Get("owner.liu", draft.Id));
        Assert.Equal(published.Id, (await plans.Get("owner.liu", published.Id)).Id);
        Assert.DoesNotContain(await plans.List("owner.liu"), p => p.Status != PlanStatus.Published);
        await Assert.ThrowsAsync<ForbiddenException>(() => plans.Create("owner.liu", PlanLevel.Weekly, Week, contractor));
        await Assert.ThrowsAsync<ForbiddenException>(() => plans.Create("cost.chen", PlanLevel.Weekly, Week, contractor));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<ApplyPlanToMaster, PlanApplyResult>("site.wang",
            u => u.ExecuteAsync(published.ProjectId, published.Id)));
    }

    [Fact]
    public async Task TheListFiltersByLevelStatusAndOrganisation()
    {
        var (plans, contractor, mep) = await Demo();
        await plans.Create("planner.li", PlanLevel.Monthly, new DateOnly(2026, 10, 1), contractor);
        await plans.Create("planner.li", PlanLevel.Weekly, new DateOnly(2026, 10, 5), mep);

        var monthly = await plans.List("planner.li", new PlanQuery { Level = PlanLevel.Monthly });
        var mepDrafts = await plans.List("planner.li", new PlanQuery { Status = PlanStatus.Draft, OrganisationId = mep });

        Assert.NotEmpty(monthly);
        Assert.All(monthly, p => Assert.Equal(PlanLevel.Monthly, p.Level));
        Assert.NotEmpty(mepDrafts);
        Assert.All(mepDrafts, p => Assert.Equal((PlanStatus.Draft, mep, "宏远机电安装工程有限公司"), (p.Status, p.ResponsibleOrganisationId!.Value, p.OrganisationName)));
    }

    [Fact]
    public async Task TheDemoHasAPublishedMonthlyPlanAndASubmittedWeeklyPlanSplitIntoTasks()
    {
        var (plans, contractor, _) = await Demo();

        var all = await plans.List("pm.zhang");
        var monthly = all.Single(p => p is { Level: PlanLevel.Monthly, Name: "2026年6月施工计划" });
        var weekly = await plans.Get("pm.zhang", all.Single(p => p is { Level: PlanLevel.Weekly, Name: "2026年第23周施工计划" }).Id);

        Assert.Equal((PlanStatus.Published, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)), (monthly.Status, monthly.PeriodStart, monthly.PeriodEnd));
        Assert.True(monthly.ItemCount > 0);
        Assert.Equal((PlanStatus.Submitted, monthly.Id, contractor), (weekly.Status, weekly.SourcePlanId!.Value, weekly.ResponsibleOrganisationId!.Value));
        // The first two items (or the only one) each got a crew's task on two days.
        Assert.NotEmpty(weekly.Items);
        Assert.Equal(2 * Math.Min(2, weekly.Items.Count), weekly.Items.Sum(i => i.Tasks.Count));
    }
}
