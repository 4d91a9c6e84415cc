using System.Globalization;
using Gantry.Interchange.Mspdi;
using Gantry.Interchange.Xer;

namespace Gantry.Interchange;

/// <summary>
/// Collects <see cref="ScheduleDetails"/> (WBS codes, resources, budgets, baseline dates) from the
/// typed P6 and MS Project files, keyed by the same activity ids their mappers give the engine.
/// </summary>
public static class ScheduleDetailsReader
{
    /// <summary>
    /// P6: WBS codes are the PROJWBS short names joined with dots below the project node; resources
    /// are the RSRC names assigned in TASKRSRC; the budget is the sum of the assignments' planned
    /// cost. An XER keeps no baseline of its own (P6 stores baselines as separate projects), and
    /// P6's "planned" dates move with the schedule before work starts, so they are kept as planned
    /// dates but not taken as a baseline: baseline checks say "not assessed".
    /// </summary>
    public static ScheduleDetails FromXer(XerSchedule schedule, ImportedSchedule imported)
    {
        var ids = imported.Network.Activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var wbsById = schedule.Wbs.GroupBy(w => w.Id).ToDictionary(g => g.Key, g => g.First());
        var resourceNames = schedule.Resources.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First().Name);
        var assignments = schedule.Assignments.ToLookup(a => a.TaskId);
        var details = new List<ActivityDetails>();
        bool anyResource = false;
        foreach (var task in schedule.Tasks)
        {
            string id = task.Id.ToString(CultureInfo.InvariantCulture);
            if (!ids.Contains(id))
            {
                continue;
            }

            var own = assignments[task.Id].ToList();
            anyResource |= own.Count > 0;
            decimal cost = own.Sum(a => a.PlannedCost);
            details.Add(new ActivityDetails
            {
                Id = id,
                WbsCode = task.WbsId is { } w ? WbsPath(w, wbsById) : null,
                Resources = [.. own.Select(a => a.ResourceId is { } r && resourceNames.TryGetValue(r, out var name) ? name : null).OfType<string>().Distinct(StringComparer.Ordinal)],
                Budget = cost > 0 ? cost : null,
                PlannedStart = task.PlannedStart,
                PlannedFinish = task.PlannedFinish,
            });
        }

        return XerDetailsMapper.Map(schedule, imported, details, anyResource);
    }

    /// <summary>
    /// MS Project: the WBS field, the assigned resources' names, the assignments' cost, and
    /// baseline 0 (the one MS Project's variance columns use) as the baseline; besides, all that
    /// the MSPDI writer needs (outline, formats, baselines 0–10, custom fields, resources, assignments).
    /// </summary>
    public static ScheduleDetails FromMspdi(MspdiProject project, ImportedSchedule imported) => MspdiDetailsReader.Read(project, imported);

    /// <summary>Short names from the node up to the project node, walked with a loop and a depth cap against cycles.</summary>
    private static string? WbsPath(long wbsId, Dictionary<long, XerWbs> wbsById)
    {
        var parts = new List<string>();
        long? current = wbsId;
        for (int depth = 0; current is { } id && wbsById.TryGetValue(id, out var node) && !node.IsProjectNode && depth < 1000; depth++)
        {
            parts.Add(node.ShortName);
            current = node.ParentId;
        }

        parts.Reverse();
        return parts.Count == 0 ? null : string.Join('.', parts);
    }
}
