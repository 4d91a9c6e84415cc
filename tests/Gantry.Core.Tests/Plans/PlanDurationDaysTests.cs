using Gantry.Core.Common;
using Gantry.Core.Plans;
using Gantry.Core.Schedules;
using Gantry.Core.Tests.Schedules;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Gantry.Core.Tests.Plans;

/// <summary>Plan durations in days count in the project's working day (its default calendar), not a fixed eight hours.</summary>
public sealed class PlanDurationDaysTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private const string Pm = TestSchedule.Planner;

    [Fact]
    public async Task DaysTypedOnAPlanCountInTheDefaultCalendarsTenHourDay()
    {
        var s = await TestSchedule.CreateAsync(db, "PL-DAY");
        await s.Activity("A", 10);
        await UseTenHourDays(s.ProjectId);
        var plans = new TestPlans(db, s.ProjectId);
        var month = await plans.Create(Pm, PlanLevel.Monthly, new DateOnly(2027, 3, 1));

        month = await db.Run<AddPlanItem, PlanDetails>(Pm, u => u.ExecuteAsync(s.ProjectId, month.Id, new PlanItemInput
        {
            Code = "X1", Name = "塔吊加节", PlannedStart = new DateOnly(2027, 3, 9), PlannedFinish = new DateOnly(2027, 3, 10),
            PlannedDurationDays = 1.5, Version = month.Version,
        }));
        month = await db.Run<AddPlanItem, PlanDetails>(Pm, u => u.ExecuteAsync(s.ProjectId, month.Id, new PlanItemInput
        {
            Code = "X2", Name = "场地清理", PlannedStart = new DateOnly(2027, 3, 15), PlannedFinish = new DateOnly(2027, 3, 17), Version = month.Version,
        }));
        var master = month.Items.Single(i => i.Code == "A");
        month = await db.Run<ChangePlanItem, PlanDetails>(Pm, u => u.ExecuteAsync(s.ProjectId, month.Id, master.Id, new PlanItemInput
        {
            PlannedStart = master.PlannedStart, PlannedFinish = master.PlannedFinish, PlannedDurationDays = 4, Version = month.Version,
        }));

        Assert.Equal(600, month.MinutesPerDay);
        Assert.Equal(900, month.Items.Single(i => i.Code == "X1").PlannedDurationMinutes);
        Assert.Equal(3 * 600, month.Items.Single(i => i.Code == "X2").PlannedDurationMinutes);
        Assert.Equal(2400, month.Items.Single(i => i.Code == "A").PlannedDurationMinutes);
        Assert.Equal(600, (await plans.Get(Pm, month.Id)).MinutesPerDay);
    }

    [Fact]
    public async Task DaysThatAreNotANumberAreRefusedNamingTheField()
    {
        var s = await TestSchedule.CreateAsync(db, "PL-DAY2");
        await s.Activity("A", 10);
        var plans = new TestPlans(db, s.ProjectId);
        var month = await plans.Create(Pm, PlanLevel.Monthly, new DateOnly(2027, 3, 1));

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<AddPlanItem, PlanDetails>(Pm, u => u.ExecuteAsync(
            s.ProjectId, month.Id, new PlanItemInput
            {
                Code = "X1", Name = "塔吊加节", PlannedStart = new DateOnly(2027, 3, 9), PlannedFinish = new DateOnly(2027, 3, 10),
                PlannedDurationDays = double.PositiveInfinity, Version = month.Version,
            })));

        Assert.Equal("plannedDurationDays", Assert.Single(refused.Errors).Field);
        Assert.Equal(480, (await plans.Get(Pm, month.Id)).MinutesPerDay);
        Assert.Single((await plans.Get(Pm, month.Id)).Items);
    }

    /// <summary>A new project schedules on the engine's standard week; give it a default calendar of ten-hour days.</summary>
    private async Task UseTenHourDays(Guid projectId)
    {
        var added = await db.Run<SaveCalendar, ScheduleChange>(Pm, u => u.ExecuteAsync(projectId, null, new CalendarInput
        {
            Name = "十小时工作日", MinutesPerDay = 600,
        }));
        var settings = await db.Query(d => d.ScheduleSettings.AsNoTracking().SingleAsync(x => x.ProjectId == projectId));
        await db.Run<UpdateScheduleSettings, ScheduleChange>(Pm, u => u.ExecuteAsync(projectId, settings.ToInput() with { DefaultCalendarId = added.Id }));
    }
}
