using Gantry.Core.Data;
using Gantry.Core.Plans;
using Gantry.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Demo;

/// <summary>
/// The demo's plans at the data date: the June monthly plan of the whole project, approved and published
/// by the project manager, and the contractor's weekly plan for the first week of June taken from it,
/// split into crews' daily tasks and submitted by the planner for approval.
/// </summary>
internal static class PlansDemo
{
    private static readonly DateOnly June = new(2026, 6, 1);

    public static async Task SeedAsync(GantryDbContext db, Guid projectId, Guid contractor, User planner, User manager, DateTime now,
        CancellationToken cancellationToken)
    {
        var settings = await db.ScheduleSettings.SingleAsync(s => s.ProjectId == projectId, cancellationToken);
        var calendars = new PlanCalendars(await db.Calendars.Where(c => c.ProjectId == projectId).ToListAsync(cancellationToken),
            settings.DefaultCalendarId);
        var activities = await db.Activities.Where(a => a.ProjectId == projectId).ToListAsync(cancellationToken);

        var monthly = Plan.Create(projectId, PlanLevel.Monthly, PlanWindow.For(PlanLevel.Monthly, June), "2026年6月施工计划", null, null,
            planner.Id, planner.DisplayName, now);
        PlanDerivation.FromMaster(monthly, activities, calendars, settings.DataDate);
        monthly.Submit(planner.DisplayName, now);
        monthly.Approve(manager.DisplayName, now);
        monthly.Publish(manager.DisplayName, now);

        var weekly = Plan.Create(projectId, PlanLevel.Weekly, PlanWindow.For(PlanLevel.Weekly, June), "2026年第23周施工计划", contractor,
            monthly.Id, planner.Id, planner.DisplayName, now);
        PlanDerivation.FromMonthly(weekly, monthly, activities.ToDictionary(a => a.Id), calendars);
        foreach (var item in weekly.Items.Take(2))
        {
            var nextDay = item.PlannedStart < weekly.PeriodEnd ? item.PlannedStart.AddDays(1) : item.PlannedStart;
            weekly.AddTask(item.Id, new PlanTaskInput
            {
                Date = item.PlannedStart, Crew = "钢筋班", Description = item.Name + "：钢筋绑扎", Quantity = 12m, Unit = "t", ResponsiblePerson = "王强",
            }, now);
            weekly.AddTask(item.Id, new PlanTaskInput
            {
                Date = nextDay, Crew = "木工班", Description = item.Name + "：模板支设", Quantity = 260m, Unit = "m²",
                ResponsiblePerson = "王强",
            }, now);
        }

        weekly.Submit(planner.DisplayName, now);
        db.Plans.AddRange(monthly, weekly);
        await db.SaveChangesAsync(cancellationToken);
    }
}
