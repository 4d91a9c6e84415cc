using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Gantry.Core.Schedules;

namespace Gantry.Core.Scenarios;

/// <summary>
/// Scenarios are internal planning: whoever sees the whole schedule may read them, planners and
/// project managers (EditSchedule) may change them, and a subcontractor, who sees only part of the
/// schedule, sees none.
/// </summary>
internal static class ScenarioAccess
{
    public static async Task<ScheduleAccess> RequireAsync(GantryDbContext db, PermissionService permissions, Guid projectId, Permission permission,
        CancellationToken cancellationToken)
    {
        var access = await ScheduleAccess.RequireAsync(db, permissions, projectId, permission, cancellationToken);
        if (!access.SeesEverything)
        {
            throw new ForbiddenException();
        }

        return access;
    }
}
