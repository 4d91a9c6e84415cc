namespace Gantry.Interchange.Health;

/// <summary>The 14 checks of one schedule at its data date.</summary>
public sealed record HealthAssessment
{
    public required string Source { get; init; }

    public required DateTime DataDate { get; init; }

    /// <summary>Incomplete normal tasks: the population of most checks.</summary>
    public required int IncompleteTasks { get; init; }

    public required IReadOnlyList<HealthCheckResult> Checks { get; init; }

    public int Passed => Checks.Count(c => c.Status == HealthStatus.Pass);

    public int Failed => Checks.Count(c => c.Status == HealthStatus.Fail);

    public int NotAssessed => Checks.Count(c => c.Status == HealthStatus.NotAssessed);

    public HealthCheckResult this[HealthMetric metric] => Checks.First(c => c.Metric == metric);
}
