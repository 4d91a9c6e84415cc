using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Schedules;

/// <summary>
/// The whole schedule of a project as the page and the Gantt load it. A subcontractor sees its own
/// organisation's activities and the milestones, and only the links among those.
/// </summary>
public sealed class GetSchedule(GantryDbContext db, PermissionService permissions)
{
    public async Task<SchedulePayload> ExecuteAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        var access = await ScheduleAccess.RequireAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        var project = access.Project.Project;
        var settings = await db.ScheduleSettings.AsNoTracking().SingleOrDefaultAsync(s => s.ProjectId == projectId, cancellationToken)
            ?? await ProjectSchedule.LoadSettingsAsync(db, project, cancellationToken);
        var calendars = await db.Calendars.AsNoTracking().Where(c => c.ProjectId == projectId).ToListAsync(cancellationToken);
        var wbs = await db.WbsNodes.AsNoTracking().Where(w => w.ProjectId == projectId)
            .OrderBy(w => w.SortOrder).ThenBy(w => w.Code)
            .Select(w => new WbsPayload(w.Id, w.ParentId, w.Code, w.Name, w.SortOrder, w.Version)).ToListAsync(cancellationToken);
        var activities = (await db.Activities.AsNoTracking().Where(a => a.ProjectId == projectId).OrderBy(a => a.SortOrder).ThenBy(a => a.Code)
            .ToListAsync(cancellationToken)).Where(access.Sees).ToList();
        var visible = activities.Select(a => a.Id).ToHashSet();
        var links = (await db.ActivityLinks.AsNoTracking().Where(l => l.ProjectId == projectId).ToListAsync(cancellationToken))
            .Where(l => visible.Contains(l.PredecessorId) && visible.Contains(l.SuccessorId))
            .Select(LinkPayload.Of)
            .ToList();
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var baseline = settings.ComparisonBaselineId is { } baselineId
            ? await db.BaselineActivities.AsNoTracking().Where(b => b.BaselineId == baselineId)
                .ToDictionaryAsync(b => b.ActivityId, cancellationToken)
            : [];
        var minutesPerDay = calendars.Find(c => c.Id == settings.DefaultCalendarId)?.MinutesPerDay ?? ProjectDayLength.DefaultMinutes;
        return new SchedulePayload(projectId, project.Code, settings.DataDate, settings.Revision, minutesPerDay, settings.Finish,
            settings.ComparisonBaselineId, wbs,
            activities.Select(a => ActivityPayload.Of(a, organisations, baseline.GetValueOrDefault(a.Id))).ToList(), links,
            calendars.Select(c => new CalendarSummary(c.Id, c.Name, c.BaseCalendarId, c.IncludeChinaHolidays, c.MinutesPerDay, c.Rules, c.Version)).ToList());
    }
}
