using Gantry.BrowserTests.Gantt;
using Gantry.Interchange;
using Gantry.Scheduling;

namespace Gantry.Bench;

/// <summary>
/// The 3,994-activity P6 oracle file as a schedule payload: P6's own computed dates, float and
/// critical flags, actual dates for started work, and all 5,966 links. Flat (no WBS rows), as
/// the renderer's cost is per row either way.
/// </summary>
public static class OracleGanttPayload
{
    public static GanttSchedule Load()
    {
        var imported = ScheduleFile.Open(FindOracle("p6/sp10-hs2-cost-loaded.xer"));
        var network = imported.Network.Activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var activities = new List<GanttActivity>();
        foreach (var stored in imported.Stored)
        {
            var source = network[stored.Id];
            var start = source.ActualStart ?? stored.EarlyStart;
            var finish = source.ActualFinish ?? stored.EarlyFinish;
            if (start is null || finish is null)
            {
                continue;
            }

            numbers[stored.Id] = activities.Count + 1;
            activities.Add(new GanttActivity
            {
                Id = activities.Count + 1, Code = stored.Code ?? stored.Id, Name = stored.Name ?? string.Empty, SortOrder = activities.Count,
                Type = source.Type switch
                {
                    ActivityType.StartMilestone => "StartMilestone",
                    ActivityType.FinishMilestone => "FinishMilestone",
                    ActivityType.LevelOfEffort => "LevelOfEffort",
                    _ => "Task",
                },
                OriginalDurationMinutes = (int)source.OriginalDurationMinutes,
                RemainingDurationMinutes = (int)(source.RemainingDurationMinutes ?? source.OriginalDurationMinutes),
                PercentComplete = source.PercentComplete,
                Start = PayloadDates.Iso(start.Value), Finish = PayloadDates.Iso(finish.Value < start.Value ? start.Value : finish.Value),
                EarlyStart = Iso(stored.EarlyStart), EarlyFinish = Iso(stored.EarlyFinish), LateStart = Iso(stored.LateStart), LateFinish = Iso(stored.LateFinish),
                TotalFloatMinutes = (int)(stored.TotalFloatMinutes ?? 0), FreeFloatMinutes = (int)(stored.FreeFloatMinutes ?? 0), Critical = stored.Critical,
            });
        }

        var links = new List<GanttLink>();
        foreach (var r in imported.Network.Relationships)
        {
            if (numbers.TryGetValue(r.PredecessorId, out var p) && numbers.TryGetValue(r.SuccessorId, out var s))
            {
                var type = r.Type switch
                {
                    RelationshipType.StartToStart => "SS",
                    RelationshipType.FinishToFinish => "FF",
                    RelationshipType.StartToFinish => "SF",
                    _ => "FS",
                };
                links.Add(new GanttLink(links.Count + 1, p, s, type, 0, false));
            }
        }

        return new GanttSchedule(3, "SP10", Iso(imported.Options.DataDate) ?? activities[0].Start, 480, activities.Max(a => a.Finish)!, [], activities, links);
    }

    private static string? Iso(DateTime? value) => value is null ? null : PayloadDates.Iso(value.Value);

    private static string FindOracle(string relative)
    {
        var configured = Environment.GetEnvironmentVariable("GANTRY_ORACLE_DIR");
        if (!string.IsNullOrEmpty(configured))
        {
            return Path.Combine(configured, relative);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "oracle", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Oracle file {relative} not found; set GANTRY_ORACLE_DIR to the oracle folder.");
    }
}
