namespace Gantry.Interchange.Health;

/// <summary>
/// One point of the assessment: what is measured, the threshold, the figure (a percent for the
/// count checks, an index for CPLI and BEI), the verdict and the activities that fail it.
/// Texts are in the user's language.
/// </summary>
public sealed record HealthCheckResult
{
    public required HealthMetric Metric { get; init; }

    public int Number => (int)Metric;

    public required string Name { get; init; }

    public required string Threshold { get; init; }

    public required HealthStatus Status { get; init; }

    /// <summary>Percent (0–100) for the count checks, the index for CPLI and BEI; null when not assessed.</summary>
    public double? Figure { get; init; }

    /// <summary>How many activities or links fail, out of <see cref="Population"/>.</summary>
    public int? Count { get; init; }

    public int? Population { get; init; }

    /// <summary>The figure explained, or why the check was not assessed.</summary>
    public string? Detail { get; init; }

    /// <summary>Activity codes (or "A → B" for links) that fail the check.</summary>
    public IReadOnlyList<string> Offenders { get; init; } = [];
}
