using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Gantry.Scheduling.Calendars;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Schedules;

/// <summary>
/// Variance of start, finish and duration against a baseline (the comparison one when none is
/// named), per activity on the activity's calendar and per WBS node on the project's default calendar.
/// </summary>
public sealed class GetScheduleVariance(GantryDbContext db, PermissionService permissions)
{
    public async Task<ScheduleVariance> ExecuteAsync(Guid projectId, Guid? baselineId, CancellationToken cancellationToken = default)
    {
        var access = await ScheduleAccess.RequireAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        var settings = await ProjectSchedule.LoadSettingsAsync(db, access.Project.Project, cancellationToken);
        var id = baselineId ?? settings.ComparisonBaselineId ?? throw new NotFoundException("Entity_Baseline");
        var baseline = await db.Baselines.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && b.ProjectId == projectId, cancellationToken)
            ?? throw new NotFoundException("Entity_Baseline");
        var rows = await db.BaselineActivities.AsNoTracking().Where(b => b.BaselineId == id).ToDictionaryAsync(b => b.ActivityId, cancellationToken);
        var activities = (await db.Activities.AsNoTracking().Where(a => a.ProjectId == projectId).OrderBy(a => a.SortOrder).ToListAsync(cancellationToken))
            .Where(access.Sees).ToList();
        var calendars = await db.Calendars.AsNoTracking().Where(c => c.ProjectId == projectId).ToListAsync(cancellationToken);
        var compiled = WorkCalendar.CompileAll(calendars.Select(c => c.ToDefinition()).ToDictionary(c => c.Id));
        var standard = WorkCalendar.Compile(new CalendarDefinition { Id = "standard", WorkWeek = WorkWeek.Standard });
        WorkCalendar CalendarOf(Guid? calendarId) =>
            (calendarId ?? settings.DefaultCalendarId) is { } c && compiled.TryGetValue(c.ToString(), out var found) ? found : standard;

        var activityRows = new List<VarianceRow>(activities.Count);
        foreach (var a in activities)
        {
            var b = rows.GetValueOrDefault(a.Id);
            var calendar = CalendarOf(a.CalendarId);
            activityRows.Add(new VarianceRow(a.Id, a.Code, a.Name, b?.Start, b?.Finish, a.Start, a.Finish,
                Between(calendar, a.Start, b?.Start), Between(calendar, a.Finish, b?.Finish),
                b is null ? null : b.DurationMinutes - a.OriginalDurationMinutes));
        }

        var wbs = await db.WbsNodes.AsNoTracking().Where(w => w.ProjectId == projectId).OrderBy(w => w.Code).ToListAsync(cancellationToken);
        return new ScheduleVariance(id, baseline.Name, activityRows, WbsRows(wbs, activities, rows, CalendarOf(null)));
    }

    /// <summary>Rolls each activity's dates up through its WBS ancestors (a loop per activity, bounded by the tree's depth).</summary>
    private static List<VarianceRow> WbsRows(List<WbsNode> wbs, List<Activity> activities, Dictionary<Guid, BaselineActivity> rows, WorkCalendar calendar)
    {
        var byId = wbs.ToDictionary(w => w.Id);
        var spans = new Dictionary<Guid, (DateTime? Start, DateTime? Finish, DateTime? BaseStart, DateTime? BaseFinish)>();
        foreach (var a in activities)
        {
            var b = rows.GetValueOrDefault(a.Id);
            var seen = 0;
            for (var node = a.WbsId is { } w ? byId.GetValueOrDefault(w) : null; node is not null && seen < wbs.Count;
                 node = node.ParentId is { } p ? byId.GetValueOrDefault(p) : null, seen++)
            {
                var s = spans.GetValueOrDefault(node.Id);
                spans[node.Id] = (Min(s.Start, a.Start), Max(s.Finish, a.Finish), Min(s.BaseStart, b?.Start), Max(s.BaseFinish, b?.Finish));
            }
        }

        return wbs.Where(w => spans.ContainsKey(w.Id)).Select(w =>
        {
            var s = spans[w.Id];
            var current = Between(calendar, s.Finish, s.Start);
            var planned = Between(calendar, s.BaseFinish, s.BaseStart);
            return new VarianceRow(w.Id, w.Code, w.Name, s.BaseStart, s.BaseFinish, s.Start, s.Finish, Between(calendar, s.Start, s.BaseStart),
                Between(calendar, s.Finish, s.BaseFinish), planned is null || current is null ? null : (-planned) - (-current));
        }).ToList();
    }

    /// <summary>Working minutes from <paramref name="current"/> to <paramref name="baseline"/>: positive when current is earlier.</summary>
    private static long? Between(WorkCalendar calendar, DateTime? current, DateTime? baseline) =>
        current is { } c && baseline is { } b ? calendar.WorkBetween(c, b) : null;

    private static DateTime? Min(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateTime? Max(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
