using System.Globalization;
using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;

namespace Gantry.Core.Schedules;

/// <summary>
/// Copies rows of the activity table (copy/paste): each copy gets the next free code ("A1010-1"),
/// and links between copied activities are copied too, so a copied fragment keeps its logic.
/// </summary>
public sealed class CopyActivities(GantryDbContext db, PermissionService permissions)
{
    public const int MaxRows = 5000;

    public async Task<ScheduleChange> ExecuteAsync(Guid projectId, IReadOnlyList<Guid> activityIds, CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditSchedule, cancellationToken);
        if (activityIds is null || activityIds.Count == 0 || activityIds.Count > MaxRows)
        {
            throw ValidationFailedException.For("activityIds", Localization.Text.Get("NotAllowedValue", Validation.Label("activityIds")));
        }

        var schedule = await ProjectSchedule.LoadAsync(db, access.Project, cancellationToken);
        var codes = new HashSet<string>(schedule.Activities.Select(a => a.Code), StringComparer.Ordinal);
        var copies = new Dictionary<Guid, Activity>();
        foreach (var id in activityIds.Distinct())
        {
            var source = schedule.RequireActivity(id);
            var code = NextCode(source.Code, codes);
            var copy = Activity.Create(projectId, source.ToInput() with
            {
                Code = code, ActualStart = null, ActualFinish = null, PercentComplete = 0, RemainingDurationMinutes = null,
                SuspendDate = null, ResumeDate = null, SortOrder = schedule.Activities.Count + 1,
            });
            schedule.Add(copy);
            copies[id] = copy;
        }

        foreach (var link in schedule.Links.Where(l => copies.ContainsKey(l.PredecessorId) && copies.ContainsKey(l.SuccessorId)).ToList())
        {
            schedule.Add(ActivityLink.Create(projectId, copies[link.PredecessorId].Id, copies[link.SuccessorId].Id, link.Type, link.Lag, link.LagKind));
        }

        var moved = schedule.Reschedule();
        await schedule.SaveAsync(cancellationToken);
        return await schedule.ChangeAsync(moved, cancellationToken: cancellationToken);
    }

    private static string NextCode(string code, HashSet<string> taken)
    {
        for (var n = 1; ; n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            var candidate = (code.Length + suffix.Length > Activity.CodeMaxLength ? code[..(Activity.CodeMaxLength - suffix.Length)] : code) + suffix;
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
