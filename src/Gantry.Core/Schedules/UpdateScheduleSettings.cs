using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Schedules;

/// <summary>Changes the data date and scheduling options and reschedules; answers with what moved.</summary>
public sealed class UpdateScheduleSettings(GantryDbContext db, PermissionService permissions)
{
    public async Task<ScheduleChange> ExecuteAsync(Guid projectId, ScheduleSettingsInput input, CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditSchedule, cancellationToken);
        var schedule = await ProjectSchedule.LoadAsync(db, access.Project, cancellationToken);
        ConcurrencyCheck.Expect(db, schedule.Settings, input.Version, "Entity_ScheduleSettings");
        schedule.Settings.Change(input);
        if (input.DefaultCalendarId is { } calendarId && !schedule.Calendars.Exists(c => c.Id == calendarId))
        {
            var v = new Validation();
            v.Add("defaultCalendarId", "NotAllowedValue");
            v.ThrowIfAny();
        }

        var moved = schedule.Reschedule();
        await schedule.SaveAsync(cancellationToken);
        return await schedule.ChangeAsync(moved, projectId, schedule.Settings.Version, cancellationToken);
    }
}
