using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Plans;

/// <summary>
/// Derives a monthly or weekly plan: every master activity whose current dates overlap the window
/// (of the chosen organisation, if one is given) becomes an item with its share of the window; or,
/// for a weekly plan, every item of the month's published plan that falls in the week.
/// </summary>
public sealed class CreatePlan(GantryDbContext db, PermissionService permissions, TimeProvider clock)
{
    public async Task<PlanDetails> ExecuteAsync(Guid projectId, PlanInput input, CancellationToken cancellationToken = default)
    {
        var access = await PlanAccess.RequireAsync(db, permissions, projectId, cancellationToken);
        var v = new Validation();
        var level = v.Enum("level", input.Level);
        var date = v.Required("date", input.Date);
        if (input.ResponsibleOrganisationId is { } org && !await db.Organisations.AnyAsync(o => o.Id == org, cancellationToken))
        {
            v.Add("responsibleOrganisationId", "NotAllowedValue");
        }

        v.ThrowIfAny();
        var source = input.SourcePlanId is { } sourceId ? await LoadSourceAsync(access, sourceId, level, date, cancellationToken) : null;
        var organisationId = input.ResponsibleOrganisationId ?? source?.ResponsibleOrganisationId;
        access.EnsureCanEdit(organisationId);

        var window = PlanWindow.For(level, date);
        var plan = Plan.Create(projectId, level, window, input.Name, organisationId, source?.Id, access.UserId, access.UserName,
            clock.GetUtcNow().UtcDateTime);
        var settings = await db.ScheduleSettings.AsNoTracking().SingleOrDefaultAsync(s => s.ProjectId == projectId, cancellationToken);
        var calendars = new PlanCalendars(await db.Calendars.AsNoTracking().Where(c => c.ProjectId == projectId).ToListAsync(cancellationToken),
            settings?.DefaultCalendarId);
        if (source is null)
        {
            await CopyFromMasterAsync(plan, calendars, settings?.DataDate ?? window.Start, cancellationToken);
        }
        else
        {
            await CopyFromMonthlyAsync(plan, source, calendars, cancellationToken);
        }

        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return await GetPlan.DetailsAsync(db, access, plan, cancellationToken);
    }

    private async Task CopyFromMasterAsync(Plan plan, PlanCalendars calendars, DateTime dataDate, CancellationToken cancellationToken)
    {
        var activities = db.Activities.AsNoTracking().Where(a => a.ProjectId == plan.ProjectId);
        if (plan.ResponsibleOrganisationId is { } org)
        {
            activities = activities.Where(a => a.ResponsibleOrganisationId == org);
        }

        PlanDerivation.FromMaster(plan, await activities.ToListAsync(cancellationToken), calendars, dataDate);
    }

    private async Task CopyFromMonthlyAsync(Plan plan, Plan monthly, PlanCalendars calendars, CancellationToken cancellationToken)
    {
        var ids = monthly.Items.Where(i => i.ActivityId is not null).Select(i => i.ActivityId!.Value).ToList();
        var activities = await db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        PlanDerivation.FromMonthly(plan, monthly, activities, calendars);
    }

    private async Task<Plan> LoadSourceAsync(PlanAccess access, Guid sourceId, PlanLevel level, DateOnly date, CancellationToken cancellationToken)
    {
        var source = await db.Plans.AsNoTracking().Include(p => p.Items).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == sourceId && p.ProjectId == access.Project.Project.Id, cancellationToken);
        var week = PlanWindow.For(PlanLevel.Weekly, date);
        if (source is null || !access.Sees(source) || level != PlanLevel.Weekly || source.Level != PlanLevel.Monthly || !source.IsPublished
            || source.PeriodEnd < week.First || source.PeriodStart > week.Last)
        {
            throw ValidationFailedException.For("sourcePlanId", Localization.Text.Get("PlanSourceInvalid"));
        }

        return source;
    }
}
