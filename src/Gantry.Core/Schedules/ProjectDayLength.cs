using Gantry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Schedules;

/// <summary>
/// The working day in which a project shows and types durations in days: its default calendar's
/// hours per day, as P6 and MS Project convert days with the project's hours-per-day setting.
/// </summary>
public static class ProjectDayLength
{
    /// <summary>Where no default calendar says otherwise: two four-hour shifts.</summary>
    public const int DefaultMinutes = 480;

    public static async Task<int> MinutesAsync(GantryDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        var minutes = await db.ScheduleSettings.AsNoTracking().Where(s => s.ProjectId == projectId)
            .Join(db.Calendars, s => s.DefaultCalendarId, c => (Guid?)c.Id, (s, c) => (int?)c.MinutesPerDay)
            .FirstOrDefaultAsync(cancellationToken);
        return minutes is > 0 ? minutes.Value : DefaultMinutes;
    }
}
