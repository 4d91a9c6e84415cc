using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Gantry.Core.Schedules;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Plans;

/// <summary>
/// Writes a published plan's reported progress to its master activities, each through the schedule's
/// own edit (<see cref="UpdateActivity"/>), so the master is rescheduled by the engine and answers what
/// moved just as an edit on the schedule page does. Progress never goes backwards: an activity already
/// further along keeps its percent. Applying twice changes nothing the second time.
/// </summary>
public sealed class ApplyPlanToMaster(GantryDbContext db, PermissionService permissions, UpdateActivity updateActivity)
{
    public async Task<PlanApplyResult> ExecuteAsync(Guid projectId, Guid planId, CancellationToken cancellationToken = default)
    {
        var access = await PlanAccess.RequireAsync(db, permissions, projectId, cancellationToken);
        var plan = await access.LoadAsync(db, planId, cancellationToken);
        // Changing the master is the planner's and the project manager's right, whoever reported the work.
        await permissions.RequireProjectAsync(projectId, Permission.EditSchedule, cancellationToken);
        if (!plan.IsPublished)
        {
            throw ValidationFailedException.For("status",
                Localization.Text.Get("PlanStatusWrong", Localization.Text.Get("PlanStatus_" + plan.Status)));
        }

        var settings = await db.ScheduleSettings.AsNoTracking().SingleOrDefaultAsync(s => s.ProjectId == projectId, cancellationToken);
        var calendars = new PlanCalendars(await db.Calendars.AsNoTracking().Where(c => c.ProjectId == projectId).ToListAsync(cancellationToken),
            settings?.DefaultCalendarId);
        var applied = new List<AppliedProgress>();
        var moved = new Dictionary<Guid, MovedActivity>();
        ScheduleChange? last = null;
        foreach (var item in plan.Items.Where(i => i.ActivityId is not null && i.HasProgress).OrderBy(i => i.SortOrder))
        {
            var activity = await db.Activities.AsNoTracking()
                .SingleOrDefaultAsync(a => a.Id == item.ActivityId && a.ProjectId == projectId, cancellationToken);
            if (activity is null || ProgressFor(item, activity, calendars) is not { } patch)
            {
                continue;
            }

            last = await updateActivity.ExecuteAsync(projectId, activity.Id, patch, cancellationToken);
            applied.Add(new AppliedProgress(activity.Id, activity.Code, activity.PercentComplete, patch.PercentComplete ?? 0,
                patch.ActualStart ?? activity.ActualStart, patch.ActualFinish ?? activity.ActualFinish));
            foreach (var m in last.Moved)
            {
                moved[m.Id] = moved.TryGetValue(m.Id, out var earlier) ? m with { OldStart = earlier.OldStart, OldFinish = earlier.OldFinish } : m;
            }
        }

        var finish = last?.Finish ?? settings?.Finish;
        return new PlanApplyResult(applied, moved.Values.ToList(), finish, last?.Revision ?? settings?.Revision ?? 0);
    }

    /// <summary>The edit the item's progress means for the activity, or null when the activity already shows it.</summary>
    private static ActivityPatch? ProgressFor(PlanItem item, Activity activity, PlanCalendars calendars)
    {
        var calendar = calendars.For(activity);
        // Reported days become the calendar's first working minute of the start day and last of the finish day.
        var start = activity.ActualStart
            ?? (item.ActualStart is { } s ? calendar.NextWorkStart(s.ToDateTime(TimeOnly.MinValue)) : null);
        var finishes = item.ActualFinish is not null && item.ActualPercent >= 100 && item.PlannedPercent >= 100;
        var finish = activity.ActualFinish
            ?? (finishes ? calendar.PreviousWorkEnd(item.ActualFinish!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue)) : null);
        if (finish < start)
        {
            finish = start;
        }

        var percent = finish is not null ? 100 : Math.Max(activity.PercentComplete, PlanRollup.MasterPercent(item));
        if (percent == activity.PercentComplete && start == activity.ActualStart && finish == activity.ActualFinish)
        {
            return null;
        }

        // Duration percent complete: what remains is the rest of the planned duration (as the demo's progress does).
        var remaining = finish is not null ? 0 : (long)Math.Round(activity.OriginalDurationMinutes * (100 - percent) / 100);
        return new ActivityPatch
        {
            PercentComplete = percent, ActualStart = start, ActualFinish = finish, RemainingDurationMinutes = remaining,
            Version = activity.Version,
        };
    }
}
