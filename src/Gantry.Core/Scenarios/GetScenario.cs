using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Gantry.Core.Schedules;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Scenarios;

/// <summary>
/// Replays a scenario's changes on its snapshot, schedules it and compares it with the live schedule
/// as it is now. <see cref="CompareAsync"/> answers the comparison alone.
/// </summary>
public sealed class GetScenario(GantryDbContext db, PermissionService permissions)
{
    public async Task<ScenarioDetails> ExecuteAsync(Guid projectId, Guid scenarioId, CancellationToken cancellationToken = default)
    {
        var access = await ScenarioAccess.RequireAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        var scenario = await ScenarioLoader.RequireAsync(db, projectId, scenarioId, tracked: false, cancellationToken);
        var model = ScenarioModel.Replay(scenario);
        var comparison = await CompareWithLiveAsync(model, cancellationToken);
        var wbs = await db.WbsNodes.AsNoTracking().Where(w => w.ProjectId == projectId).OrderBy(w => w.SortOrder).ThenBy(w => w.Code)
            .Select(w => new WbsPayload(w.Id, w.ParentId, w.Code, w.Name, w.SortOrder, w.Version)).ToListAsync(cancellationToken);
        var payload = ScenarioPayload.Of(model, access.Project.Project.Code, scenario.ChangeCount, wbs);
        return new ScenarioDetails(ScenarioSummary.Of(scenario), Describe(scenario), payload, comparison);
    }

    public async Task<ScenarioComparison> CompareAsync(Guid projectId, Guid scenarioId, CancellationToken cancellationToken = default)
    {
        await ScenarioAccess.RequireAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        var scenario = await ScenarioLoader.RequireAsync(db, projectId, scenarioId, tracked: false, cancellationToken);
        return await CompareWithLiveAsync(ScenarioModel.Replay(scenario), cancellationToken);
    }

    private async Task<ScenarioComparison> CompareWithLiveAsync(ScenarioModel model, CancellationToken cancellationToken)
    {
        var live = await db.Activities.AsNoTracking().Where(a => a.ProjectId == model.ProjectId).ToListAsync(cancellationToken);
        var liveFinish = await db.ScheduleSettings.AsNoTracking().Where(s => s.ProjectId == model.ProjectId).Select(s => s.Finish)
            .SingleOrDefaultAsync(cancellationToken);
        return ScenarioComparer.Compare(live, liveFinish, model);
    }

    /// <summary>Names every record a change refers to, including ones a later change removed again.</summary>
    private static List<ScenarioChangeView> Describe(Scenario scenario)
    {
        var snapshot = scenario.Snapshot;
        var codes = snapshot.Activities.ToDictionary(a => a.Id, a => a.Input.Code ?? "");
        var links = snapshot.Links.ToDictionary(l => l.Id, l => (l.PredecessorId, l.SuccessorId));
        var calendars = snapshot.Calendars.ToDictionary(c => c.Id, c => c.Input.Name ?? "");
        var views = new List<ScenarioChangeView>();
        var sequence = 0;
        foreach (var c in scenario.Changes)
        {
            if (c.Kind == ScenarioChangeKind.AddActivity && c.ActivityId is { } added)
            {
                codes[added] = c.Code ?? "";
            }
            else if (c.Kind == ScenarioChangeKind.AddLink && c.LinkId is { } link && c.PredecessorId is { } p && c.SuccessorId is { } s)
            {
                links[link] = (p, s);
            }
            else if (c.Kind == ScenarioChangeKind.AddCalendar && c.CalendarId is { } calendar)
            {
                calendars[calendar] = c.Calendar?.Name ?? "";
            }

            var ends = c.LinkId is { } id && links.TryGetValue(id, out var e) ? e : (c.PredecessorId ?? Guid.Empty, c.SuccessorId ?? Guid.Empty);
            views.Add(new ScenarioChangeView(++sequence, c, Code(codes, c.ActivityId), Code(codes, ends.Item1), Code(codes, ends.Item2),
                c.CalendarId is { } cal ? calendars.GetValueOrDefault(cal) : null));
        }

        return views;
    }

    private static string? Code(Dictionary<Guid, string> codes, Guid? id) => id is { } key ? codes.GetValueOrDefault(key) : null;
}
