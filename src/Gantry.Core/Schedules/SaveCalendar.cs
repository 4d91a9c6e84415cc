using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Schedules;

/// <summary>
/// Adds a calendar (no id) or changes one (id and version) and reschedules: a new holiday or
/// weather stoppage day moves the work on that calendar, and the answer says what moved.
/// </summary>
public sealed class SaveCalendar(GantryDbContext db, PermissionService permissions)
{
    public async Task<ScheduleChange> ExecuteAsync(Guid projectId, Guid? calendarId, CalendarInput input, CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditSchedule, cancellationToken);
        var schedule = await ProjectSchedule.LoadAsync(db, access.Project, cancellationToken);
        ProjectCalendar calendar;
        if (calendarId is { } id)
        {
            calendar = schedule.Calendars.Find(c => c.Id == id) ?? throw new NotFoundException("Entity_ProjectCalendar");
            ConcurrencyCheck.Expect(db, calendar, input.Version, "Entity_ProjectCalendar");
            calendar.Change(input);
        }
        else
        {
            calendar = ProjectCalendar.Create(projectId, input);
            db.Calendars.Add(calendar);
            schedule.Calendars.Add(calendar);
        }

        CheckBase(schedule, calendar);
        var moved = schedule.Reschedule();
        await schedule.SaveAsync(cancellationToken);
        return await schedule.ChangeAsync(moved, calendar.Id, calendar.Version, cancellationToken);
    }

    /// <summary>The base must be a calendar of this project and must not lead back to this one.</summary>
    private static void CheckBase(ProjectSchedule schedule, ProjectCalendar calendar)
    {
        var byId = schedule.Calendars.ToDictionary(c => c.Id);
        var steps = 0;
        for (var current = calendar.BaseCalendarId; current is { } id; current = byId[id].BaseCalendarId, steps++)
        {
            if (!byId.ContainsKey(id) || id == calendar.Id || steps > byId.Count)
            {
                var v = new Validation();
                v.Add("baseCalendarId", "NotAllowedValue");
                v.ThrowIfAny();
            }
        }
    }
}
