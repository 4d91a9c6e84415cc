using Gantry.Scheduling;

namespace Gantry.Interchange.Health;

/// <summary>DCMA points 1 to 4: is every task tied into the network, and by plain links.</summary>
internal static class LogicChecks
{
    /// <summary>
    /// 1. Incomplete tasks missing a predecessor or a successor. Links to milestones and to completed
    /// work count as logic. The project's first and last activities are not exempted: a well-built
    /// schedule starts and ends with milestones, which are not in the population anyway.
    /// </summary>
    public static HealthCheckResult MissingLogic(HealthContext c)
    {
        var hasPredecessor = c.Schedule.Network.Relationships.Select(r => r.SuccessorId).ToHashSet(StringComparer.Ordinal);
        var hasSuccessor = c.Schedule.Network.Relationships.Select(r => r.PredecessorId).ToHashSet(StringComparer.Ordinal);
        var offenders = c.IncompleteTasks.Where(a => !hasPredecessor.Contains(a.Id) || !hasSuccessor.Contains(a.Id)).Select(HealthContext.Code).ToList();
        return HealthResults.Share(HealthMetric.MissingLogic, offenders, c.IncompleteTasks.Count, 5, HealthTexts.Get("NoIncompleteTasks"));
    }

    /// <summary>2. Links with a negative lag (a lead). Threshold 0 %: a lead hides an overlap the logic should show.</summary>
    public static HealthCheckResult Leads(HealthContext c) =>
        HealthResults.Share(HealthMetric.Leads, [.. c.Links.Where(r => r.Lag < 0).Select(c.Link)], c.Links.Count, 0, HealthTexts.Get("NoRelationships"));

    /// <summary>3. Links with a positive lag, at most 5 %.</summary>
    public static HealthCheckResult Lags(HealthContext c) =>
        HealthResults.Share(HealthMetric.Lags, [.. c.Links.Where(r => r.Lag > 0).Select(c.Link)], c.Links.Count, 5, HealthTexts.Get("NoRelationships"));

    /// <summary>4. At least 90 % finish-to-start; the figure is the FS share and the offenders the other links.</summary>
    public static HealthCheckResult RelationshipTypes(HealthContext c)
    {
        if (c.Links.Count == 0)
        {
            return HealthResults.NotAssessed(HealthMetric.RelationshipTypes, HealthTexts.Get("NoRelationships"));
        }

        var others = c.Links.Where(r => r.Type != RelationshipType.FinishToStart).Select(r => c.Link(r) + " " + Short(r.Type)).ToList();
        double finishToStart = 100.0 * (c.Links.Count - others.Count) / c.Links.Count;
        return HealthResults.Result(HealthMetric.RelationshipTypes, finishToStart >= 90 - 1e-9 ? HealthStatus.Pass : HealthStatus.Fail, Math.Round(finishToStart, 2), others, c.Links.Count);
    }

    private static string Short(RelationshipType type) => type switch
    {
        RelationshipType.StartToStart => "SS",
        RelationshipType.FinishToFinish => "FF",
        RelationshipType.StartToFinish => "SF",
        _ => "FS",
    };
}
