using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Localization;
using Gantry.Core.Permissions;

namespace Gantry.Core.Schedules;

/// <summary>Deletes a calendar nothing uses; one still used by an activity, another calendar or the project default is refused.</summary>
public sealed class DeleteCalendar(GantryDbContext db, PermissionService permissions)
{
    public async Task ExecuteAsync(Guid projectId, Guid calendarId, int? version, CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditSchedule, cancellationToken);
        var schedule = await ProjectSchedule.LoadAsync(db, access.Project, cancellationToken);
        var calendar = schedule.Calendars.Find(c => c.Id == calendarId) ?? throw new NotFoundException("Entity_ProjectCalendar");
        ConcurrencyCheck.Expect(db, calendar, version, "Entity_ProjectCalendar");
        if (schedule.Settings.DefaultCalendarId == calendarId || schedule.Calendars.Exists(c => c.BaseCalendarId == calendarId)
            || schedule.Activities.Exists(a => a.CalendarId == calendarId))
        {
            throw ValidationFailedException.For("id", Text.Get("CalendarInUse", calendar.Name));
        }

        db.Calendars.Remove(calendar);
        await db.SaveChangesAsync(cancellationToken);
    }
}
