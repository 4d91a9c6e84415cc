using Gantry.Core.Common;
using Gantry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Schedules;

/// <summary>Rules that need the rest of the schedule: a unique code, and a WBS node, calendar, organisation and person that exist.</summary>
internal static class ActivityReferences
{
    public static async Task CheckAsync(GantryDbContext db, ProjectSchedule schedule, Activity activity, CancellationToken cancellationToken)
    {
        var v = new Validation();
        if (schedule.Activities.Exists(a => a.Id != activity.Id && string.Equals(a.Code, activity.Code, StringComparison.Ordinal)))
        {
            v.Add("code", "Duplicate", activity.Code);
        }

        if (activity.CalendarId is { } calendarId && !schedule.Calendars.Exists(c => c.Id == calendarId))
        {
            v.Add("calendarId", "NotAllowedValue");
        }

        if (activity.WbsId is { } wbsId && !await db.WbsNodes.AnyAsync(w => w.Id == wbsId && w.ProjectId == schedule.ProjectId, cancellationToken))
        {
            v.Add("wbsId", "NotAllowedValue");
        }

        if (activity.ResponsibleOrganisationId is { } organisationId
            && !await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            v.Add("responsibleOrganisationId", "NotAllowedValue");
        }

        if (activity.ResponsiblePersonId is { } personId && !await db.Users.AnyAsync(u => u.Id == personId, cancellationToken))
        {
            v.Add("responsiblePersonId", "NotAllowedValue");
        }

        v.ThrowIfAny();
    }
}
