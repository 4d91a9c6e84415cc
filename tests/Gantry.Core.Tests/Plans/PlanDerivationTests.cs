using Gantry.Core.Common;
using Gantry.Core.Plans;
using Gantry.Core.Schedules;
using Gantry.Core.Tests.Schedules;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.Plans;

/// <summary>Monthly and weekly plans cut from a small master (standard week, start Monday 2027-03-01).</summary>
public sealed class PlanDerivationTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private const string Pm = TestSchedule.Planner;

    [Fact]
    public async Task AWeeklyPlanTakesEveryMasterActivityOverlappingTheWeekWithItsShareOfTheWeek()
    {
        var s = await TestSchedule.CreateAsync(db, "PL-1");
        var a = await s.Activity("A", 10);
        var b = await s.Activity("B", 5);
        await s.Link(a, b);
        var plans = new TestPlans(db, s.ProjectId);

        var week = await plans.Create(Pm, PlanLevel.Weekly, new DateOnly(2027, 3, 10));
        var month = await plans.Create(Pm, PlanLevel.Monthly, new DateOnly(2027, 3, 1));

        Assert.Equal((new DateOnly(2027, 3, 8), new DateOnly(2027, 3, 14), "2027-W10", PlanStatus.Draft),
            (week.PeriodStart, week.PeriodEnd, week.Name, week.Status));
        var item = Assert.Single(week.Items);
        Assert.Equal(("A", a, true), (item.Code, item.ActivityId, item.InMaster));
        Assert.Equal((new DateOnly(2027, 3, 8), new DateOnly(2027, 3, 12), TestSchedule.Days(5), 50.0, 100.0),
            (item.PlannedStart, item.PlannedFinish, item.PlannedDurationMinutes, item.StartPercent, item.PlannedPercent));
        Assert.Equal(new[] { "A", "B" }, month.Items.Select(i => i.Code).ToArray());
        Assert.All(month.Items, i => Assert.Equal(100.0, i.PlannedPercent));
        Assert.Null(item.Difference);
    }

    [Fact]
    public async Task AWeeklyPlanDerivedFromThePublishedMonthlyPlanKeepsTheMonthsEditsForItsWeek()
    {
        var s = await TestSchedule.CreateAsync(db, "PL-2");
        await s.Activity("A", 10);
        var plans = new TestPlans(db, s.ProjectId);
        var month = await plans.Create(Pm, PlanLevel.Monthly, new DateOnly(2027, 3, 1));
        var item = month.Items.Single();
        month = await db.Run<ChangePlanItem, PlanDetails>(Pm, u => u.ExecuteAsync(s.ProjectId, month.Id, item.Id, new PlanItemInput
        {
            PlannedStart = item.PlannedStart, PlannedFinish = item.PlannedFinish, Quantity = 400m, Unit = "m³", Version = month.Version,
        }));
        month = await db.Run<AddPlanItem, PlanDetails>(Pm, u => u.ExecuteAsync(s.ProjectId, month.Id, new PlanItemInput
        {
            Code = "X1", Name = "塔吊加节", PlannedStart = new DateOnly(2027, 3, 9), PlannedFinish = new DateOnly(2027, 3, 9), Version = month.Version,
        }));
        var draftSource = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            plans.Create(Pm, PlanLevel.Weekly, new DateOnly(2027, 3, 8), sourcePlanId: month.Id));
        month = await plans.Issue(Pm, month);

        var week = await plans.Create(Pm, PlanLevel.Weekly, new DateOnly(2027, 3, 8), sourcePlanId: month.Id);

        Assert.Equal("sourcePlanId", Assert.Single(draftSource.Errors).Field);
        Assert.Equal(month.Id, week.SourcePlanId);
        var copied = week.Items.Single(i => i.Code == "A");
        Assert.Equal((200m, "m³", 50.0, 100.0), (copied.Quantity, copied.Unit, copied.StartPercent, copied.PlannedPercent));
        var added = week.Items.Single(i => i.Code == "X1");
        Assert.False(added.InMaster);
    }

    [Fact]
    public async Task ApprovalRecordsWhoAndWhenAndAPublishedPlanIsReadOnlyUntilRevised()
    {
        var s = await TestSchedule.CreateAsync(db, "PL-3");
        await s.Activity("A", 10);
        var plans = new TestPlans(db, s.ProjectId);
        var plan = await plans.Create(Pm, PlanLevel.Weekly, new DateOnly(2027, 3, 1));
        plan = await plans.AddTask(Pm, plan, plan.Items[0].Id, new DateOnly(2027, 3, 2), "木工一班", 20m);

        var submitted = await plans.Submit(Pm, plan);
        var rejected = await db.Run<RejectPlan, PlanDetails>(Pm, u => u.ExecuteAsync(s.ProjectId, plan.Id, "工程量偏大", submitted.Version));
        var published = await plans.Issue(Pm, rejected);

        Assert.Equal(("张伟", db.Clock.GetUtcNow().UtcDateTime), (submitted.SubmittedByName, submitted.SubmittedAt!.Value));
        Assert.Equal((PlanStatus.Draft, "工程量偏大", "张伟"), (rejected.Status, rejected.RejectionReason, rejected.RejectedByName));
        Assert.Null(rejected.SubmittedAt);
        Assert.Equal((PlanStatus.Published, "张伟", "张伟"), (published.Status, published.ApprovedByName, published.PublishedByName));
        using var culture = new Culture("en");
        var edit = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            plans.AddTask(Pm, published, published.Items[0].Id, new DateOnly(2027, 3, 3), "木工二班"));
        Assert.Equal(("status", "The plan is published; this step is not possible now."), (edit.Errors[0].Field, edit.Errors[0].Message));

        var revision = await db.Run<RevisePlan, PlanDetails>(Pm, u => u.ExecuteAsync(s.ProjectId, published.Id));
        Assert.Equal((2, PlanStatus.Draft, published.Id), (revision.Revision, revision.Status, revision.RevisionOfId));
        Assert.Equal("木工一班", Assert.Single(revision.Items[0].Tasks).Crew);
        Assert.Equal(PlanStatus.Published, (await plans.Get(Pm, published.Id)).Status);
    }

    [Fact]
    public async Task BadInputNamesTheFieldAndAStaleVersionIsAConflict()
    {
        var s = await TestSchedule.CreateAsync(db, "PL-4");
        await s.Activity("A", 10);
        var plans = new TestPlans(db, s.ProjectId);
        var plan = await plans.Create(Pm, PlanLevel.Weekly, new DateOnly(2027, 3, 1));
        var empty = await plans.Create(Pm, PlanLevel.Weekly, new DateOnly(2028, 3, 1));

        var outside = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            plans.AddTask(Pm, plan, plan.Items[0].Id, new DateOnly(2027, 3, 9), "木工一班"));
        var noLevel = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<CreatePlan, PlanDetails>(Pm,
            u => u.ExecuteAsync(s.ProjectId, new PlanInput { Date = new DateOnly(2027, 3, 1) })));
        var nothingToSubmit = await Assert.ThrowsAsync<ValidationFailedException>(() => plans.Submit(Pm, empty));
        await plans.AddTask(Pm, plan, plan.Items[0].Id, new DateOnly(2027, 3, 2), "木工一班");

        Assert.Equal("date", Assert.Single(outside.Errors).Field);
        Assert.Equal("level", Assert.Single(noLevel.Errors).Field);
        Assert.Equal("items", Assert.Single(nothingToSubmit.Errors).Field);
        Assert.Empty(empty.Items);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => plans.AddTask(Pm, plan, plan.Items[0].Id, new DateOnly(2027, 3, 3), "钢筋班"));
    }

    [Fact]
    public async Task AChangeInTheMasterShowsAsAFlaggedDifferenceWithOldAndNewDates()
    {
        var s = await TestSchedule.CreateAsync(db, "PL-5");
        var a = await s.Activity("A", 10);
        var b = await s.Activity("B", 3);
        var c = await s.Activity("C", 4);
        var plans = new TestPlans(db, s.ProjectId);
        var plan = await plans.Create(Pm, PlanLevel.Monthly, new DateOnly(2027, 3, 1));

        var row = await s.Get(a);
        await db.Run<UpdateActivity, ScheduleChange>(Pm, u => u.ExecuteAsync(s.ProjectId, a,
            new ActivityPatch { OriginalDurationMinutes = TestSchedule.Days(12), Version = row.Version }));
        var rowB = await s.Get(b);
        await db.Run<UpdateActivity, ScheduleChange>(Pm, u => u.ExecuteAsync(s.ProjectId, b, new ActivityPatch
        {
            ConstraintType = Scheduling.ConstraintType.StartNoEarlierThan, ConstraintDate = new DateTime(2027, 3, 3, 8, 0, 0), Version = rowB.Version,
        }));
        var rowC = await s.Get(c);
        await db.Run<DeleteActivity, ScheduleChange>(Pm, u => u.ExecuteAsync(s.ProjectId, c, rowC.Version));
        var now = await plans.Get(Pm, plan.Id);

        Assert.Equal(3, now.DifferenceCount);
        var duration = now.Items.Single(i => i.Code == "A").Difference!;
        Assert.Equal((PlanDifferenceKind.DurationChanged, TestSchedule.Days(10), TestSchedule.Days(12)),
            (duration.Kind, duration.OldDurationMinutes, duration.NewDurationMinutes));
        Assert.Equal((new DateTime(2027, 3, 12, 17, 0, 0), new DateTime(2027, 3, 16, 17, 0, 0)), (duration.OldFinish, duration.NewFinish));
        var moved = now.Items.Single(i => i.Code == "B").Difference!;
        Assert.Equal((PlanDifferenceKind.DatesChanged, new DateTime(2027, 3, 1, 8, 0, 0), new DateTime(2027, 3, 3, 8, 0, 0)),
            (moved.Kind, moved.OldStart, moved.NewStart));
        var deleted = now.Items.Single(i => i.Code == "C").Difference!;
        Assert.Equal((PlanDifferenceKind.DeletedInMaster, null), (deleted.Kind, deleted.NewStart));
    }

    [Fact]
    public async Task TaskProgressRollsUpByQuantityAndApplyingItReschedulesTheMasterOnce()
    {
        var s = await TestSchedule.CreateAsync(db, "PL-6");
        var a = await s.Activity("A", 10);
        var b = await s.Activity("B", 5);
        await s.Link(a, b);
        var plans = new TestPlans(db, s.ProjectId);
        var plan = await plans.Create(Pm, PlanLevel.Weekly, new DateOnly(2027, 3, 1));
        var item = plan.Items.Single(i => i.Code == "A");
        plan = await plans.AddTask(Pm, plan, item.Id, new DateOnly(2027, 3, 1), "木工一班", 30m);
        plan = await plans.AddTask(Pm, plan, item.Id, new DateOnly(2027, 3, 2), "木工二班", 10m);
        plan = await plans.Issue(Pm, plan);
        var tasks = plan.Items.Single(i => i.Id == item.Id).Tasks;

        plan = await plans.Report(Pm, plan, item.Id, tasks[0].Id, 100, new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 1));
        plan = await plans.Report(Pm, plan, item.Id, tasks[1].Id, 50, null);
        var rolled = plan.Items.Single(i => i.Id == item.Id);
        // (30 x 100 + 10 x 50) / 40 = 87.5% of the week's step from 0% to 50% of the activity.
        Assert.Equal((87.5, new DateOnly(2027, 3, 1), (DateOnly?)null, 43.8), (rolled.ActualPercent, rolled.ActualStart, rolled.ActualFinish,
            rolled.RolledUpMasterPercent));
        Assert.Equal(87.5, plan.PercentComplete);

        var applied = await db.Run<ApplyPlanToMaster, PlanApplyResult>(Pm, u => u.ExecuteAsync(s.ProjectId, plan.Id));
        var again = await db.Run<ApplyPlanToMaster, PlanApplyResult>(Pm, u => u.ExecuteAsync(s.ProjectId, plan.Id));

        var written = Assert.Single(applied.Applied);
        Assert.Equal((a, 0.0, 43.8, new DateTime(2027, 3, 1, 8, 0, 0)), (written.ActivityId, written.OldPercent, written.NewPercent,
            written.ActualStart));
        var master = await s.Get(a);
        Assert.Equal((43.8, new DateTime(2027, 3, 1, 8, 0, 0)), (master.PercentComplete, master.ActualStart));
        Assert.Equal(TestSchedule.Days(10) - (long)Math.Round(TestSchedule.Days(10) * 0.438), master.RemainingDurationMinutes);
        Assert.Empty(again.Applied);
    }
}
